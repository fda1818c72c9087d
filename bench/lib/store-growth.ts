import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { createRedisStore } from "../../app/_lib/sandbox/store/redis-store";
import { createSqliteStore } from "../../app/_lib/sandbox/store/sqlite-store";
import type { SessionRecord, SessionStore } from "../../app/_lib/sandbox/store/types";
import { newSessionId } from "../../app/_lib/sandbox/ids/session-id";
import { median } from "./stats";
import { OUT_DIR } from "./next-server";

export type StoreGrowthRow = {
  backend: "sqlite" | "redis";
  sessions: number;
  fillMs: number;
  lookups: number;
  p50Us: number;
  p99Us: number;
  missP50Us: number;
};

export const STORE_SIZES = [1, 1_000, 100_000] as const;
const LOOKUPS = 2_000;
/**
 * Concurrent writes while filling: Redis pipelines them over one connection. Kept small enough that
 * a batch finishes well inside the store's 1 s command timeout even on a busy machine.
 */
const FILL_BATCH = 200;

function record(now: number): SessionRecord {
  return {
    user: "bench",
    data: { theme: "dark", note: "x".repeat(64) },
    createdAt: now,
    lastSeenAt: now,
    // Short deadlines: anything the clean-up misses expires within minutes.
    idleExpiresAt: now + 60_000,
    absoluteExpiresAt: now + 120_000,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timeLookups(store: SessionStore, ids: string[], count: number, expectHit = true): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = ids[Math.floor(Math.random() * ids.length)] as string;
    const start = process.hrtime.bigint();
    const found = await store.get(id);
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
    if (expectHit !== (found !== null)) throw new Error(`${store.backend}: lookup of ${id} ${expectHit ? "missed" : "hit"}`);
  }
  samples.sort((a, b) => a - b);
  return { p50: median(samples), p99: percentile(samples, 99) };
}

const MISSES: string[] = Array.from({ length: 64 }, () => newSessionId());

/** Fills one store to each size in turn and times random lookups at each; the caller removes the data. */
async function measureStore(store: SessionStore): Promise<StoreGrowthRow[]> {
  const ids: string[] = [];
  const rows: StoreGrowthRow[] = [];
  for (const size of STORE_SIZES) {
    const started = Date.now();
    while (ids.length < size) {
      const batch = Math.min(FILL_BATCH, size - ids.length);
      const fresh = Array.from({ length: batch }, () => newSessionId());
      const now = Date.now();
      await Promise.all(fresh.map((id) => store.create(id, record(now))));
      ids.push(...fresh);
    }
    const fillMs = Date.now() - started;
    await timeLookups(store, ids, 200); // warm-up
    const hit = await timeLookups(store, ids, LOOKUPS);
    const miss = await timeLookups(store, MISSES, LOOKUPS / 4, false);
    rows.push({ backend: store.backend, sessions: size, fillMs, lookups: LOOKUPS, p50Us: hit.p50, p99Us: hit.p99, missP50Us: miss.p50 });
  }
  return rows;
}

/**
 * Lookup latency against the number of stored sessions, through the sandbox's own store modules:
 * SQLite in a temporary file, Redis under a random key prefix; both removed afterwards.
 */
export async function measureStoreGrowth(redisUrl: string): Promise<{ rows: StoreGrowthRow[]; notes: string[] }> {
  const rows: StoreGrowthRow[] = [];
  const notes: string[] = [];
  // tmpfs when there is one: 100k single-row commits on this machine's virtual disk take ~30 s. Lookups
  // are served from the page cache either way once the file is written.
  const dir = mkdtempSync(path.join(existsSync("/dev/shm") ? "/dev/shm" : OUT_DIR, "bench-store-growth-"));
  const sqlite = createSqliteStore({ file: path.join(dir, "sessions.sqlite") });
  try {
    rows.push(...(await measureStore(sqlite)));
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const prefix = `bench-${randomBytes(4).toString("hex")}:`;
  const redis = createRedisStore({ url: redisUrl, prefix });
  try {
    rows.push(...(await measureStore(redis)));
  } catch (error) {
    notes.push(`Redis store not measured: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await redis.close();
    await deleteByPrefix(redisUrl, prefix).catch(() => undefined);
  }
  return { rows, notes };
}

/** Whatever a failed run left under our prefix; the records' own TTLs are the second line of defence. */
async function deleteByPrefix(url: string, prefix: string): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 1000, lazyConnect: true });
  try {
    await client.connect();
    let cursor = "0";
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
      cursor = next;
      if (keys.length) await client.unlink(...keys);
    } while (cursor !== "0");
  } finally {
    client.disconnect();
  }
}
