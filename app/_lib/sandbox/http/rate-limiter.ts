import { clientAddress } from "@/app/_lib/http/client-address";

/** A token bucket: `burst` requests at once, refilled at `perSecond`. */
export type RateLimit = { burst: number; perSecond: number };

export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 120, perSecond: 10 };

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

/** One bucket per key; in this process (MemoryRateLimiter) or shared by every process (redis-rate-limiter.ts). */
export interface RateLimiter {
  readonly limit: RateLimit;
  take(key: string, now: number): Promise<TakeResult>;
}

/** The token bucket's arithmetic, shared by the in-memory limiter and the Redis script's test. */
export function refill(bucket: { tokens: number; at: number }, limit: RateLimit, now: number): number {
  return Math.min(limit.burst, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * limit.perSecond);
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly limit: RateLimit,
    /** Bounded so a flood of distinct keys cannot grow memory without end; the oldest bucket goes first. */
    private readonly maxKeys = 10_000,
  ) {}

  async take(key: string, now: number): Promise<TakeResult> {
    return this.takeNow(key, now);
  }

  takeNow(key: string, now: number): TakeResult {
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    const refilled = refill(bucket, this.limit, now);
    this.buckets.delete(key);
    if (refilled < 1) {
      this.buckets.set(key, { tokens: refilled, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - refilled) / this.limit.perSecond)) };
    }
    this.buckets.set(key, { tokens: refilled - 1, at: now });
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    return { ok: true, remaining: Math.floor(refilled - 1) };
  }
}

/**
 * The bucket a request draws from: its client's address when a trusted proxy reported it, else one bucket
 * shared by every client the server cannot tell apart (README: TRUST_PROXY). A forged X-Forwarded-For
 * therefore buys nothing: without a trusted proxy it is ignored, and behind one it is the untrusted part.
 */
export function clientKey(headers: Headers, trustedHops: number): string {
  return clientAddress(headers, trustedHops) ?? "unidentified";
}
