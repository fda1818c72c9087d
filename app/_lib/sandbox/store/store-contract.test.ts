import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { newSessionId } from "../ids/session-id";
import { createRedisStore } from "./redis-store";
import { createSqliteStore } from "./sqlite-store";
import { PURGE_GRACE_MS, StoreUnavailableError, type SessionRecord, type SessionStore } from "./types";
import { updateRecord } from "./update-record";

const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const runPrefix = `sbx-test-${randomBytes(6).toString("hex")}:`;
const sqliteDir = mkdtempSync(path.join(tmpdir(), "sbx-store-"));
let sqliteFiles = 0;

function record(overrides: Partial<SessionRecord> = {}): SessionRecord {
  const now = Date.now();
  return {
    user: "Ana",
    data: { theme: "dark", quote: 'she said "hi"; bye', emoji: "🍪 ü" },
    createdAt: now,
    lastSeenAt: now,
    idleExpiresAt: now + 120_000,
    absoluteExpiresAt: now + 600_000,
    ...overrides,
  };
}

const backends: [string, () => SessionStore][] = [
  ["sqlite", () => createSqliteStore({ file: path.join(sqliteDir, `s${++sqliteFiles}.sqlite`) })],
  ["redis", () => createRedisStore({ url: REDIS_URL, prefix: `${runPrefix}${randomBytes(3).toString("hex")}:` })],
];

const opened: SessionStore[] = [];

afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
  rmSync(sqliteDir, { recursive: true, force: true });
  // Leave the shared Redis as we found it.
  const redis = new Redis(REDIS_URL);
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${runPrefix}*`, "COUNT", 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== "0");
  await redis.quit();
});

describe.each(backends)("SessionStore contract: %s", (backend, make) => {
  let store: SessionStore;
  beforeEach(() => {
    store = make();
    opened.push(store);
  });

  it("reports its backend", () => {
    expect(store.backend).toBe(backend);
  });

  it("returns null for an ID it never issued", async () => {
    expect(await store.get(newSessionId())).toBeNull();
  });

  it("creates a record and reads back exactly what was stored", async () => {
    const id = newSessionId();
    const value = record();
    expect(await store.create(id, value)).toBe(true);
    expect(await store.get(id)).toEqual(value);
  });

  it("keeps an anonymous record's null user", async () => {
    const id = newSessionId();
    await store.create(id, record({ user: null, data: {} }));
    expect(await store.get(id)).toMatchObject({ user: null, data: {} });
  });

  it("refuses to create an ID that already exists and keeps the first record", async () => {
    const id = newSessionId();
    await store.create(id, record({ user: "first" }));
    expect(await store.create(id, record({ user: "second" }))).toBe(false);
    expect((await store.get(id))?.user).toBe("first");
  });

  it("set, touch and regenerate never let an unissued ID into the store", async () => {
    const stranger = newSessionId();
    expect(await store.set(stranger, record())).toBe(false);
    expect(await store.touch(stranger, Date.now(), Date.now() + 1000)).toBe(false);
    expect(await store.regenerate(stranger, newSessionId())).toBe(false);
    expect(await store.get(stranger)).toBeNull();
    expect(await store.count()).toBe(0);
  });

  it("replaces an existing record with set", async () => {
    const id = newSessionId();
    await store.create(id, record());
    const changed = record({ data: { a: "1" } });
    expect(await store.set(id, changed)).toBe(true);
    expect(await store.get(id)).toEqual(changed);
  });

  it("touch moves lastSeen and the idle deadline only", async () => {
    const id = newSessionId();
    const value = record();
    await store.create(id, value);
    expect(await store.touch(id, value.lastSeenAt + 5000, value.idleExpiresAt + 5000)).toBe(true);
    expect(await store.get(id)).toEqual({ ...value, lastSeenAt: value.lastSeenAt + 5000, idleExpiresAt: value.idleExpiresAt + 5000 });
  });

  it("deletes once", async () => {
    const id = newSessionId();
    await store.create(id, record());
    expect(await store.delete(id)).toBe(true);
    expect(await store.delete(id)).toBe(false);
    expect(await store.get(id)).toBeNull();
  });

  it("regenerate moves the data to the new ID and the old ID stops working", async () => {
    const oldId = newSessionId();
    const newId = newSessionId();
    const value = record();
    await store.create(oldId, value);
    expect(await store.regenerate(oldId, newId)).toBe(true);
    expect(await store.get(oldId)).toBeNull();
    expect(await store.get(newId)).toEqual(value);
  });

  it("regenerate refuses to overwrite an ID in use", async () => {
    const a = newSessionId();
    const b = newSessionId();
    await store.create(a, record({ user: "a" }));
    await store.create(b, record({ user: "b" }));
    expect(await store.regenerate(a, b)).toBe(false);
    expect((await store.get(a))?.user).toBe("a");
    expect((await store.get(b))?.user).toBe("b");
  });

  it("counts live sessions", async () => {
    const ids = [newSessionId(), newSessionId(), newSessionId()];
    for (const id of ids) await store.create(id, record());
    expect(await store.count()).toBe(3);
    await store.delete(ids[0]!);
    expect(await store.count()).toBe(2);
  });

  it("forgets a record once its deadlines plus the grace period have passed", async () => {
    const id = newSessionId();
    const past = Date.now() - PURGE_GRACE_MS - 1000;
    await store.create(id, record({ idleExpiresAt: past, absoluteExpiresAt: past + 1 }));
    expect(await store.get(id)).toBeNull();
  });

  it("keeps a timed-out record during the grace period so the reason can be reported", async () => {
    const id = newSessionId();
    const justExpired = Date.now() - 1000;
    await store.create(id, record({ idleExpiresAt: justExpired }));
    expect((await store.get(id))?.idleExpiresAt).toBe(justExpired);
  });

  it("keeps revoked token ids until their expiry", async () => {
    const jti = newSessionId();
    expect(await store.isRevoked(jti)).toBe(false);
    await store.revoke(jti, Date.now() + 60_000);
    expect(await store.isRevoked(jti)).toBe(true);
    const stale = newSessionId();
    await store.revoke(stale, Date.now() - 1);
    expect(await store.isRevoked(stale)).toBe(false);
  });

  it("drops a revocation once the token would have expired anyway", async () => {
    const jti = newSessionId();
    await store.revoke(jti, Date.now() + 300);
    expect(await store.isRevoked(jti)).toBe(true);
    await vi.waitFor(async () => expect(await store.isRevoked(jti)).toBe(false), { timeout: 3000, interval: 100 });
  });

  it("replaceIfData writes only over the data it was given, and tells a conflict from a missing ID", async () => {
    const id = newSessionId();
    const first = record();
    await store.create(id, first);
    const next = { ...first, data: { a: "1" } };
    expect(await store.replaceIfData(id, { stale: "x" }, next)).toBe("conflict");
    expect(await store.get(id)).toEqual(first);
    expect(await store.replaceIfData(id, first.data, next)).toBe("replaced");
    expect(await store.get(id)).toEqual(next);
    expect(await store.replaceIfData(newSessionId(), first.data, next)).toBe("missing");
  });

  it("loses no key when 16 updates to one session race each other", async () => {
    const id = newSessionId();
    await store.create(id, record({ data: {} }));
    const keys = Array.from({ length: 16 }, (_, i) => `k${i}`);
    const results = await Promise.all(
      keys.map((key) => updateRecord(store, id, (current) => ({ next: { ...current, data: { ...current.data, [key]: key } }, value: key }))),
    );
    expect(results.map((r) => r.outcome)).toEqual(keys.map(() => "updated"));
    expect(Object.keys((await store.get(id))!.data).sort()).toEqual([...keys].sort());
  });

  it("under a size cap, racing updates either land or are refused: the stored keys are exactly the accepted ones", async () => {
    const id = newSessionId();
    await store.create(id, record({ data: {} }));
    const cap = 5;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        updateRecord(store, id, (current) =>
          Object.keys(current.data).length >= cap ? { refuse: `k${i}` } : { next: { ...current, data: { ...current.data, [`k${i}`]: "v" } }, value: `k${i}` },
        ),
      ),
    );
    const accepted = results.flatMap((r) => (r.outcome === "updated" ? [r.value] : []));
    const refused = results.flatMap((r) => (r.outcome === "refused" ? [r.value] : []));
    expect(accepted).toHaveLength(cap);
    expect(accepted.length + refused.length).toBe(12);
    expect(Object.keys((await store.get(id))!.data).sort()).toEqual(accepted.sort());
  });

  it("stores lab state: create once, save only when present, delete", async () => {
    const lab = newSessionId();
    const later = Date.now() + 60_000;
    expect(await store.getLab(lab)).toBeNull();
    expect(await store.saveLab(lab, '{"a":1}', later)).toBe(false);
    expect(await store.getLab(lab)).toBeNull();
    expect(await store.createLab(lab, '{"a":1}', later)).toBe(true);
    expect(await store.createLab(lab, '{"a":2}', later)).toBe(false);
    expect(await store.saveLab(lab, '{"a":3}', later)).toBe(true);
    expect(await store.getLab(lab)).toBe('{"a":3}');
    expect(await store.deleteLab(lab)).toBe(true);
    expect(await store.getLab(lab)).toBeNull();
  });
});

describe("SQLite store", () => {
  it("keeps sessions across a close and reopen (a server restart)", async () => {
    const file = path.join(sqliteDir, "restart.sqlite");
    const first = createSqliteStore({ file });
    const id = newSessionId();
    await first.create(id, record({ user: "survivor" }));
    await first.close();
    const second = createSqliteStore({ file });
    opened.push(second);
    expect((await second.get(id))?.user).toBe("survivor");
  });

  it("uses write-ahead logging", async () => {
    const file = path.join(sqliteDir, "wal.sqlite");
    const store = createSqliteStore({ file });
    await store.create(newSessionId(), record());
    await store.close();
    const { DatabaseSync } = await import("node:sqlite");
    const db = new DatabaseSync(file, { readOnly: true });
    expect(db.prepare("PRAGMA journal_mode").get()).toEqual({ journal_mode: "wal" });
    db.close();
  });

  it("turns a failing database into StoreUnavailableError whose message names no path", async () => {
    const store = createSqliteStore({ file: path.join(sqliteDir, "closed.sqlite") });
    await store.close();
    const failure = await store.get(newSessionId()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as Error).message).toMatch(/^The session store \(SQLite\) cannot be used right now/);
    expect((failure as Error).message).not.toContain(sqliteDir);
  });

  it("reports an unusable file as unavailable, not as a crash", () => {
    // A path "inside" a regular file can never be created.
    const notADirectory = path.join(sqliteDir, "plain-file");
    writeFileSync(notADirectory, "");
    expect(() => createSqliteStore({ file: path.join(notADirectory, "sessions.sqlite") })).toThrow(StoreUnavailableError);
  });
});

describe("Redis store", () => {
  it("fails fast with StoreUnavailableError when Redis is not reachable", async () => {
    const store = createRedisStore({ url: "redis://127.0.0.1:1", prefix: runPrefix });
    opened.push(store);
    const failure = await store.get(newSessionId()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    // The learner reads this message: it says what is down, not the host and port it runs on.
    expect((failure as Error).message).toBe("The session store (Redis) is not answering.");
    await expect(store.count()).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it("a Redis that accepts connections but never answers costs one request a timeout; the next ones fail without asking it", async () => {
    let received = 0;
    const sockets: Socket[] = [];
    const silent = createServer((socket) => {
      sockets.push(socket);
      socket.on("data", (chunk) => (received += chunk.length));
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    const store = createRedisStore({ url: `redis://127.0.0.1:${port}`, prefix: runPrefix });
    opened.push(store);
    try {
      await expect(store.get(newSessionId())).rejects.toBeInstanceOf(StoreUnavailableError);
      const afterFirst = received;
      expect(afterFirst).toBeGreaterThan(0);
      await expect(store.count()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.revoke("jti", Date.now() + 60_000)).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(received).toBe(afterFirst);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it("two clients on one Redis see each other's sessions (two server processes)", async () => {
    const prefix = `${runPrefix}shared:`;
    const a = createRedisStore({ url: REDIS_URL, prefix });
    const b = createRedisStore({ url: REDIS_URL, prefix });
    opened.push(a, b);
    const id = newSessionId();
    await a.create(id, record({ user: "from-a" }));
    expect((await b.get(id))?.user).toBe("from-a");
  });
});
