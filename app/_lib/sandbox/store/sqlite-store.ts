import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { ensureDirectory } from "../../config/data-dir";
import { startWalCheckpointer, type WalCheckpointer } from "./wal-checkpointer";
import { PURGE_GRACE_MS, purgeAt, StoreUnavailableError, type ReplaceResult, type SessionRecord, type SessionStore } from "./types";

type Row = {
  user: string | null;
  data: string;
  created_at: number;
  last_seen_at: number;
  idle_expires_at: number;
  absolute_expires_at: number;
};

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sandbox_sessions (
  id TEXT PRIMARY KEY,
  user TEXT,
  data TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  idle_expires_at INTEGER NOT NULL,
  absolute_expires_at INTEGER NOT NULL,
  purge_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sandbox_sessions_purge ON sandbox_sessions (purge_at);
CREATE TABLE IF NOT EXISTS sandbox_revoked (id TEXT PRIMARY KEY, until INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sandbox_labs (id TEXT PRIMARY KEY, body TEXT NOT NULL, purge_at INTEGER NOT NULL) WITHOUT ROWID;
`;

/** Expired rows are swept at most this often, during writes, so reads stay a single indexed lookup. */
const SWEEP_EVERY_MS = 60_000;

export type SqliteStoreOptions = {
  file: string;
  clock?: () => number;
  /** Checkpoint the WAL from a worker thread (wal-checkpointer.ts) instead of inside commits; default true for a file. */
  backgroundCheckpoints?: boolean;
};

/**
 * Sessions in a SQLite file (WAL, so readers never wait for the writer). Survives restarts; one file per
 * machine, so two servers on different machines need the Redis store instead.
 */
export function createSqliteStore({ file, clock = Date.now, backgroundCheckpoints = file !== ":memory:" }: SqliteStoreOptions): SessionStore {
  let db: DatabaseSync;
  try {
    if (file !== ":memory:") ensureDirectory(path.dirname(file));
    db = new DatabaseSync(file, { timeout: 2000 });
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    db.exec(SCHEMA);
  } catch (error) {
    console.error(`[session-lab] The SQLite session store at ${file} could not be opened:`, error);
    throw new StoreUnavailableError(`The session store (SQLite) could not be opened${reasonOf(error)}.`);
  }

  let checkpointer: WalCheckpointer | null = null;
  if (backgroundCheckpoints) {
    db.exec("PRAGMA wal_autocheckpoint = 0");
    checkpointer = startWalCheckpointer(file, {
      onFailure: (error) => {
        console.error(`[session-lab] The WAL checkpoint worker for ${file} failed; commits checkpoint again:`, error);
        if (db.isOpen) db.exec("PRAGMA wal_autocheckpoint = 1000");
      },
    });
  }

  const q = {
    get: db.prepare(
      "SELECT user, data, created_at, last_seen_at, idle_expires_at, absolute_expires_at FROM sandbox_sessions WHERE id = ? AND purge_at > ?",
    ),
    insert: db.prepare(
      `INSERT INTO sandbox_sessions (id, user, data, created_at, last_seen_at, idle_expires_at, absolute_expires_at, purge_at)
       VALUES (@id, @user, @data, @createdAt, @lastSeenAt, @idleExpiresAt, @absoluteExpiresAt, @purgeAt)
       ON CONFLICT (id) DO UPDATE SET user = excluded.user, data = excluded.data, created_at = excluded.created_at,
         last_seen_at = excluded.last_seen_at, idle_expires_at = excluded.idle_expires_at,
         absolute_expires_at = excluded.absolute_expires_at, purge_at = excluded.purge_at
       WHERE sandbox_sessions.purge_at <= @now`,
    ),
    update: db.prepare(
      `UPDATE sandbox_sessions SET user = @user, data = @data, created_at = @createdAt, last_seen_at = @lastSeenAt,
         idle_expires_at = @idleExpiresAt, absolute_expires_at = @absoluteExpiresAt, purge_at = @purgeAt
       WHERE id = @id AND purge_at > @now`,
    ),
    updateIfData: db.prepare(
      `UPDATE sandbox_sessions SET user = @user, data = @data, created_at = @createdAt, last_seen_at = @lastSeenAt,
         idle_expires_at = @idleExpiresAt, absolute_expires_at = @absoluteExpiresAt, purge_at = @purgeAt
       WHERE id = @id AND purge_at > @now AND data = @expected`,
    ),
    touch: db.prepare(
      `UPDATE sandbox_sessions SET last_seen_at = @lastSeenAt, idle_expires_at = @idleExpiresAt,
         purge_at = MIN(@idleExpiresAt, absolute_expires_at) + @grace
       WHERE id = @id AND purge_at > @now`,
    ),
    delete: db.prepare("DELETE FROM sandbox_sessions WHERE id = ?"),
    rename: db.prepare("UPDATE sandbox_sessions SET id = ? WHERE id = ? AND purge_at > ?"),
    exists: db.prepare("SELECT 1 AS one FROM sandbox_sessions WHERE id = ?"),
    count: db.prepare("SELECT COUNT(*) AS n FROM sandbox_sessions WHERE purge_at > ?"),
    revoke: db.prepare("INSERT INTO sandbox_revoked (id, until) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET until = MAX(until, excluded.until)"),
    revoked: db.prepare("SELECT 1 AS one FROM sandbox_revoked WHERE id = ? AND until > ?"),
    getLab: db.prepare("SELECT body FROM sandbox_labs WHERE id = ? AND purge_at > ?"),
    insertLab: db.prepare(
      `INSERT INTO sandbox_labs (id, body, purge_at) VALUES (@id, @body, @purgeAt)
       ON CONFLICT (id) DO UPDATE SET body = excluded.body, purge_at = excluded.purge_at WHERE sandbox_labs.purge_at <= @now`,
    ),
    updateLab: db.prepare("UPDATE sandbox_labs SET body = @body, purge_at = @purgeAt WHERE id = @id AND purge_at > @now"),
    deleteLab: db.prepare("DELETE FROM sandbox_labs WHERE id = ?"),
    sweepSessions: db.prepare("DELETE FROM sandbox_sessions WHERE purge_at <= ?"),
    sweepRevoked: db.prepare("DELETE FROM sandbox_revoked WHERE until <= ?"),
    sweepLabs: db.prepare("DELETE FROM sandbox_labs WHERE purge_at <= ?"),
  };

  let lastSweep = 0;
  function sweep(now: number) {
    if (now - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = now;
    q.sweepSessions.run(now);
    q.sweepRevoked.run(now);
    q.sweepLabs.run(now);
  }

  const params = (id: string, record: SessionRecord, now: number) => ({
    id,
    user: record.user,
    data: JSON.stringify(record.data),
    createdAt: record.createdAt,
    lastSeenAt: record.lastSeenAt,
    idleExpiresAt: record.idleExpiresAt,
    absoluteExpiresAt: record.absoluteExpiresAt,
    purgeAt: purgeAt(record),
    now,
  });

  // node:sqlite has no transaction helper; BEGIN IMMEDIATE takes the write lock before the existence check.
  function regenerate(oldId: string, newId: string, now: number): boolean {
    db.exec("BEGIN IMMEDIATE");
    try {
      const renamed = !q.exists.get(newId) && q.rename.run(newId, oldId, now).changes === 1;
      db.exec("COMMIT");
      return renamed;
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
  }

  // node:sqlite is synchronous; the async signatures keep one interface with Redis.
  return guarded({
    backend: "sqlite",
    async get(id) {
      const row = q.get.get(id, clock()) as Row | undefined;
      if (!row) return null;
      return {
        user: row.user,
        data: JSON.parse(row.data) as Record<string, string>,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        idleExpiresAt: row.idle_expires_at,
        absoluteExpiresAt: row.absolute_expires_at,
      };
    },
    async create(id, record) {
      const now = clock();
      sweep(now);
      return q.insert.run(params(id, record, now)).changes === 1;
    },
    async set(id, record) {
      return q.update.run(params(id, record, clock())).changes === 1;
    },
    async replaceIfData(id, expectedData, record): Promise<ReplaceResult> {
      const now = clock();
      if (q.updateIfData.run({ ...params(id, record, now), expected: JSON.stringify(expectedData) }).changes === 1) return "replaced";
      return q.get.get(id, now) ? "conflict" : "missing";
    },
    async touch(id, lastSeenAt, idleExpiresAt) {
      return q.touch.run({ id, lastSeenAt, idleExpiresAt, grace: PURGE_GRACE_MS, now: clock() }).changes === 1;
    },
    async delete(id) {
      return q.delete.run(id).changes === 1;
    },
    async regenerate(oldId, newId) {
      return regenerate(oldId, newId, clock());
    },
    async count() {
      return (q.count.get(clock()) as { n: number } | undefined)?.n ?? 0;
    },
    async revoke(tokenId, until) {
      sweep(clock());
      q.revoke.run(tokenId, until);
    },
    async isRevoked(tokenId) {
      return q.revoked.get(tokenId, clock()) !== undefined;
    },
    async getLab(labId) {
      return (q.getLab.get(labId, clock()) as { body: string } | undefined)?.body ?? null;
    },
    async createLab(labId, json, expiresAt) {
      const now = clock();
      sweep(now);
      return q.insertLab.run({ id: labId, body: json, purgeAt: expiresAt, now }).changes === 1;
    },
    async saveLab(labId, json, expiresAt) {
      return q.updateLab.run({ id: labId, body: json, purgeAt: expiresAt, now: clock() }).changes === 1;
    },
    async deleteLab(labId) {
      return q.deleteLab.run(labId).changes === 1;
    },
    async close() {
      await checkpointer?.stop();
      db.close();
    },
  }, file);
}

/**
 * Every failure of the database itself (a full disk, a read-only file, a locked or closed database) becomes
 * StoreUnavailableError, which the routes answer with 503. The message names the kind of failure, never the
 * file's path; the server log has the details.
 */
function guarded(store: SessionStore, file: string): SessionStore {
  const wrapped = { ...store };
  for (const name of Object.keys(store) as (keyof SessionStore)[]) {
    const method = store[name];
    if (typeof method !== "function" || name === "close") continue;
    (wrapped as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        if (error instanceof StoreUnavailableError) throw error;
        console.error(`[session-lab] The SQLite session store at ${file} failed in ${name}:`, error);
        throw new StoreUnavailableError(`The session store (SQLite) cannot be used right now${reasonOf(error)}.`);
      }
    };
  }
  return wrapped;
}

/** SQLite's own error codes, in words; anything else stays unnamed. */
function reasonOf(error: unknown): string {
  const text = String((error as { errstr?: string; message?: string })?.message ?? "");
  const reasons: [RegExp, string][] = [
    [/full|SQLITE_FULL|ENOSPC/i, "the disk is full"],
    [/readonly|read-only|SQLITE_READONLY|EROFS/i, "its file is read-only"],
    [/locked|busy|SQLITE_BUSY/i, "the database is locked"],
    [/not open|closed/i, "the database is closed"],
    [/unable to open|cannot open|EACCES|permission/i, "its file cannot be opened"],
  ];
  const match = reasons.find(([pattern]) => pattern.test(text));
  return match ? `: ${match[1]}` : "";
}
