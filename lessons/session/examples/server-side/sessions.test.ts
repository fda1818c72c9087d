import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { ABSOLUTE_MS, IDLE_SECONDS, endSession, newSessionId, readSession, regenerate } from "./sessions";

// The Redis at REDIS_URL or 127.0.0.1:6379, as for the rest of the suite. Keys are random 128-bit IDs.
const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
afterAll(() => redis.quit());

const t0 = Date.now();
const minutes = (n: number) => n * 60_000;
/** A record written straight into the store, as an earlier request would have left it. */
async function seed(record: object, ttlSeconds = 60): Promise<string> {
  const id = newSessionId();
  await redis.set(`sess:${id}`, JSON.stringify(record), "EX", ttlSeconds);
  return id;
}

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
  it("never asks the store about a malformed ID", async () => {
    let lookups = 0;
    const spy = { getex: async () => (lookups++, null) } as unknown as Redis;
    for (const id of ["", "short", "x".repeat(23), "a".repeat(21) + "!", "../../etc/passwd0000000"]) {
      expect(await readSession(spy, id, t0)).toBeUndefined();
    }
    expect(lookups).toBe(0);
  });

  it("restarts the idle clock on every read, so Redis forgets only idle sessions", async () => {
    const id = await seed({ userId: "u_42", cart: [], createdAt: t0 });
    expect((await readSession(redis, id, t0))?.userId).toBe("u_42");
    expect(await redis.ttl(`sess:${id}`)).toBeGreaterThan(IDLE_SECONDS - 5);
    await endSession(redis, id);
  });

  it("ends even a busy session at the absolute timeout", async () => {
    const id = await seed({ userId: "u_42", cart: [], createdAt: t0 });
    expect(await readSession(redis, id, t0 + ABSOLUTE_MS)).toBeDefined();
    expect(await readSession(redis, id, t0 + ABSOLUTE_MS + 1)).toBeUndefined();
    await endSession(redis, id);
  });

  it("does not renew a record past its absolute timeout: it deletes it", async () => {
    const id = await seed({ userId: "u_42", cart: [], createdAt: t0 });
    expect(await readSession(redis, id, t0 + ABSOLUTE_MS + 1)).toBeUndefined();
    expect(await redis.exists(`sess:${id}`)).toBe(0);
  });

  it("never lets the idle clock carry a busy session past its absolute deadline", async () => {
    const id = await seed({ userId: "u_42", cart: [], createdAt: t0 });
    expect(await readSession(redis, id, t0 + ABSOLUTE_MS - minutes(5))).toBeDefined();
    const msLeft = await redis.pttl(`sess:${id}`);
    expect(msLeft).toBeGreaterThan(0);
    expect(msLeft).toBeLessThanOrEqual(minutes(5));
    await endSession(redis, id);
  });

  it("treats a record that is not a session as no session, and deletes it", async () => {
    for (const record of [{ userId: 42 }, "{not json"]) {
      const id = newSessionId();
      await redis.set(`sess:${id}`, typeof record === "string" ? record : JSON.stringify(record), "EX", 60);
      expect(await readSession(redis, id, t0)).toBeUndefined();
      expect(await redis.exists(`sess:${id}`)).toBe(0);
    }
  });
});

describe("regenerate", () => {
  it("moves the data to a new ID at login and kills the old ID (fixation)", async () => {
    const planted = await seed({ cart: ["book"], createdAt: t0 });
    const loggedIn = await regenerate(redis, planted, "u_42", t0 + minutes(1));
    expect(loggedIn).not.toBe(planted);
    expect(await redis.exists(`sess:${planted}`)).toBe(0);
    expect(await readSession(redis, loggedIn, t0 + minutes(2))).toEqual({ userId: "u_42", cart: ["book"], createdAt: t0 + minutes(1) });
    expect(await redis.ttl(`sess:${loggedIn}`)).toBeGreaterThan(IDLE_SECONDS - 5);
    await endSession(redis, loggedIn);
  });

  it("logs in over a corrupt or expired old record instead of failing, and removes it", async () => {
    const corrupt = await seed({ userId: 42 });
    const expired = await seed({ cart: ["book"], createdAt: t0 - ABSOLUTE_MS - 1 });
    for (const oldId of [corrupt, expired]) {
      const id = await regenerate(redis, oldId, "u_42", t0);
      expect(await readSession(redis, id, t0)).toEqual({ userId: "u_42", cart: [], createdAt: t0 });
      expect(await redis.exists(`sess:${oldId}`)).toBe(0);
      await endSession(redis, id);
    }
  });

  it("starts a fresh session when there is no old one, or the old one is not valid", async () => {
    const fresh = await regenerate(redis, undefined, "u_42", t0);
    expect(await readSession(redis, fresh, t0)).toEqual({ userId: "u_42", cart: [], createdAt: t0 });
    const fromJunk = await regenerate(redis, "not-an-id", "u_42", t0);
    expect(await readSession(redis, fromJunk, t0)).toEqual({ userId: "u_42", cart: [], createdAt: t0 });
    await Promise.all([endSession(redis, fresh), endSession(redis, fromJunk)]);
  });
});

describe("endSession", () => {
  it("deletes the record, so every copy of the cookie is dead at once", async () => {
    const id = await regenerate(redis, undefined, "u_42", t0);
    await endSession(redis, id);
    expect(await readSession(redis, id, t0 + 1)).toBeUndefined();
  });
});
