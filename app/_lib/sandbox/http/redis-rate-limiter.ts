import { Redis } from "ioredis";
import { MemoryRateLimiter, type RateLimit, type RateLimiter, type TakeResult } from "./rate-limiter";

/**
 * The same token bucket as MemoryRateLimiter, kept in Redis so every server process pointed at it enforces
 * one limit. One script reads, refills, takes and writes atomically; the bucket expires once it would be
 * full again. (A small script rather than a library: it keeps exactly the in-memory bucket's semantics.)
 * KEYS[1] bucket; ARGV burst, perSecond, now (ms). Returns {ok, tokens*1000 or retry-after ms}.
 */
const TAKE = `
local burst = tonumber(ARGV[1]) local rate = tonumber(ARGV[2]) local now = tonumber(ARGV[3])
local saved = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(saved[1]) or burst local at = tonumber(saved[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) / 1000 * rate)
local ok = 0
if tokens >= 1 then tokens = tokens - 1 ok = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / rate * 1000) + 1000)
if ok == 1 then return {1, math.floor(tokens)} end
return {0, math.ceil((1 - tokens) / rate * 1000)}`;

export type RedisRateLimiterOptions = { url: string; prefix: string; limit: RateLimit };

/**
 * While Redis does not answer, each process falls back to its own in-memory bucket: the limit then holds
 * per process instead of overall, which is better than refusing every write or allowing every one.
 */
export function createRedisRateLimiter({ url, prefix, limit }: RedisRateLimiterOptions): RateLimiter & { close(): void } {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 500, commandTimeout: 300, maxRetriesPerRequest: 0, enableOfflineQueue: false });
  client.on("error", () => undefined);
  const fallback = new MemoryRateLimiter(limit);
  let failFastUntil = 0;
  return {
    limit,
    async take(key: string, now: number): Promise<TakeResult> {
      if (Date.now() >= failFastUntil) {
        try {
          if (client.status === "wait" || client.status === "end") await client.connect();
          const [ok, figure] = (await client.eval(TAKE, 1, `${prefix}rl:${key}`, limit.burst, limit.perSecond, now)) as [number, number];
          return ok === 1 ? { ok: true, remaining: figure } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(figure / 1000)) };
        } catch {
          failFastUntil = Date.now() + 2000;
        }
      }
      return fallback.takeNow(key, now);
    },
    close() {
      client.disconnect();
    },
  };
}
