import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { redisStore } from "./redis-store";
import {
  ABSOLUTE_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  endSession,
  expiredSessionCookie,
  newSessionId,
  readSession,
  regenerate,
  sessionCookie,
  type SessionRecord,
  type SessionStore,
} from "./sessions";

/** One node's memory: exactly the store that needs sticky sessions once there are two nodes. */
function memoryStore() {
  const records = new Map<string, { record: SessionRecord; ttlSeconds: number }>();
  const store: SessionStore = {
    get: async (id) => records.get(id)?.record,
    set: async (id, record, ttlSeconds) => void records.set(id, { record, ttlSeconds }),
    delete: async (id) => void records.delete(id),
  };
  return { store, records };
}

const t0 = Date.UTC(2026, 10, 28, 9, 0);
const minutes = (n: number) => n * 60_000;

describe("newSessionId", () => {
  it("is 128 random bits as 22 base64url characters, never repeated", () => {
    const ids = new Set(Array.from({ length: 2000 }, newSessionId));
    expect(ids.size).toBe(2000);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(id, "base64url")).toHaveLength(16);
    }
  });
});

describe("readSession", () => {
  it("never asks the store about a missing or malformed ID", async () => {
    let lookups = 0;
    const store: SessionStore = { get: async () => (lookups++, undefined), set: async () => {}, delete: async () => {} };
    for (const id of [undefined, "", "short", "x".repeat(23), "a".repeat(21) + "!", "../../etc/passwd0000000"]) {
      expect(await readSession(store, id, t0)).toBeUndefined();
    }
    expect(lookups).toBe(0);
  });

  it("slides the idle timeout on each request and ends the session after 30 idle minutes", async () => {
    const { store, records } = memoryStore();
    const id = await regenerate(store, undefined, { userId: "u_42" }, t0);
    expect((await readSession(store, id, t0 + minutes(29)))?.userId).toBe("u_42");
    expect((await readSession(store, id, t0 + minutes(58)))?.userId).toBe("u_42");
    expect(await readSession(store, id, t0 + minutes(58) + IDLE_TIMEOUT_MS + 1)).toBeUndefined();
    expect(records.has(id)).toBe(false);
  });

  it("ends even a busy session at the absolute timeout", async () => {
    const { store } = memoryStore();
    const id = await regenerate(store, undefined, { userId: "u_42" }, t0);
    for (let at = minutes(20); at <= ABSOLUTE_TIMEOUT_MS; at += minutes(20)) {
      expect(await readSession(store, id, t0 + at)).toBeDefined();
    }
    expect(await readSession(store, id, t0 + ABSOLUTE_TIMEOUT_MS + minutes(1))).toBeUndefined();
  });

  it("asks the store to forget a record when its first timeout falls", async () => {
    const { store, records } = memoryStore();
    const id = await regenerate(store, undefined, {}, t0);
    expect(records.get(id)?.ttlSeconds).toBe(IDLE_TIMEOUT_MS / 1000);
    for (let at = minutes(20); at <= ABSOLUTE_TIMEOUT_MS - minutes(10); at += minutes(10)) {
      await readSession(store, id, t0 + at);
    }
    // Active 10 minutes before the absolute timeout: the absolute end comes before the idle one.
    expect(records.get(id)?.ttlSeconds).toBe(10 * 60);
  });
});

describe("regenerate", () => {
  it("moves the data to a new ID at login and kills the old ID (fixation)", async () => {
    const { store } = memoryStore();
    const planted = await regenerate(store, undefined, { cart: ["book"] }, t0);
    const loggedIn = await regenerate(store, planted, { userId: "u_42" }, t0 + minutes(1));
    expect(loggedIn).not.toBe(planted);
    expect(await readSession(store, planted, t0 + minutes(2))).toBeUndefined();
    expect(await readSession(store, loggedIn, t0 + minutes(2))).toMatchObject({ userId: "u_42", cart: ["book"] });
  });

  it("keeps the absolute clock of the same user through a privilege change, restarts it for a new login", async () => {
    const { store } = memoryStore();
    const first = await regenerate(store, undefined, { userId: "u_42" }, t0);
    const elevated = await regenerate(store, first, { cart: [] }, t0 + minutes(30));
    expect((await readSession(store, elevated, t0 + minutes(31)))?.createdAt).toBe(t0);
    const other = await regenerate(store, elevated, { userId: "u_7" }, t0 + minutes(40));
    expect((await readSession(store, other, t0 + minutes(41)))?.createdAt).toBe(t0 + minutes(40));
  });

  it("can log out to an anonymous session by clearing userId", async () => {
    const { store } = memoryStore();
    const id = await regenerate(store, undefined, { userId: "u_42" }, t0);
    const anonymous = await regenerate(store, id, { userId: undefined }, t0 + minutes(1));
    expect((await readSession(store, anonymous, t0 + minutes(2)))?.userId).toBeUndefined();
  });
});

describe("endSession and cookies", () => {
  it("deletes the record, so a copied cookie is dead at once", async () => {
    const { store } = memoryStore();
    const id = await regenerate(store, undefined, { userId: "u_42" }, t0);
    await endSession(store, id);
    expect(await readSession(store, id, t0 + 1)).toBeUndefined();
  });

  it("writes a host-only, HttpOnly, Secure browser-session cookie and its expired twin", () => {
    expect(sessionCookie("wx1lzTjA0xn2k2Rrg5lvEQ")).toBe(
      "__Host-sid=wx1lzTjA0xn2k2Rrg5lvEQ; Path=/; Secure; HttpOnly; SameSite=Lax",
    );
    expect(sessionCookie("x")).not.toMatch(/Domain|Max-Age|Expires/i);
    expect(expiredSessionCookie).toMatch(/^__Host-sid=; .*Max-Age=0$/);
  });
});

describe("redisStore (the Redis at REDIS_URL or 127.0.0.1:6379)", () => {
  const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
  const prefix = `lesson-test:${process.pid}:`;
  afterAll(() => redis.quit());

  it("stores, expires and deletes records that every node can read", async () => {
    const store = redisStore(redis, prefix);
    const id = await regenerate(store, undefined, { userId: "u_42", cart: ["book"] }, Date.now());
    const ttl = await redis.ttl(prefix + id);
    expect(ttl).toBeGreaterThan(IDLE_TIMEOUT_MS / 1000 - 5);
    expect(ttl).toBeLessThanOrEqual(IDLE_TIMEOUT_MS / 1000);
    expect(await readSession(redisStore(redis, prefix), id)).toMatchObject({ userId: "u_42", cart: ["book"] });
    await endSession(store, id);
    expect(await redis.exists(prefix + id)).toBe(0);
  });

  it("refuses a record that is not a session", async () => {
    await redis.set(`${prefix}bad`, JSON.stringify({ userId: 42 }), "EX", 30);
    await expect(redisStore(redis, prefix).get("bad")).rejects.toThrow();
    await redis.del(`${prefix}bad`);
  });
});
