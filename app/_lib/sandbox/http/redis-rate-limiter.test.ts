import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { MemoryRateLimiter } from "./rate-limiter";
import { createRedisRateLimiter } from "./redis-rate-limiter";

const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const prefix = `sbx-test-rl-${randomBytes(6).toString("hex")}:`;
const opened: { close(): void }[] = [];

afterAll(async () => {
  for (const limiter of opened) limiter.close();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

function limiter(url = REDIS_URL) {
  const made = createRedisRateLimiter({ url, prefix, limit: { burst: 3, perSecond: 1 } });
  opened.push(made);
  return made;
}

describe("Redis rate limiter", () => {
  it("two server processes share one bucket per client", async () => {
    const [a, b] = [limiter(), limiter()];
    const now = Date.now();
    const taken = [await a.take("1.2.3.4", now), await b.take("1.2.3.4", now), await a.take("1.2.3.4", now), await b.take("1.2.3.4", now)];
    expect(taken.map((t) => t.ok)).toEqual([true, true, true, false]);
    expect(taken[3]).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect((await b.take("5.6.7.8", now)).ok).toBe(true);
  });

  it("refills at the same rate as the in-memory bucket", async () => {
    const shared = limiter();
    const local = new MemoryRateLimiter({ burst: 3, perSecond: 1 });
    const start = Date.now();
    const script = [0, 0, 0, 0, 500, 1000, 1000, 3500, 3500, 3500, 3500];
    const fromRedis = [];
    const fromMemory = [];
    for (const offset of script) {
      fromRedis.push((await shared.take("refill", start + offset)).ok);
      fromMemory.push(local.takeNow("refill", start + offset).ok);
    }
    expect(fromRedis).toEqual(fromMemory);
  });

  it("falls back to a bucket in this process while Redis does not answer, rather than refusing or allowing all", async () => {
    const down = limiter("redis://127.0.0.1:1");
    const now = Date.now();
    const taken = [];
    for (let i = 0; i < 4; i += 1) taken.push((await down.take("c", now)).ok);
    expect(taken).toEqual([true, true, true, false]);
  });
});
