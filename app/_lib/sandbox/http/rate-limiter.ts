/** A token bucket: `burst` requests at once, refilled at `perSecond`. */
export type RateLimit = { burst: number; perSecond: number };

export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 120, perSecond: 10 };

/**
 * Reads SANDBOX_RATE_LIMIT: "burst/perSecond" (e.g. "120/10"), or "off" for load tests only.
 * Anything else falls back to the default rather than silently disabling the limit.
 */
export function parseRateLimit(setting: string | undefined): RateLimit | null {
  if (setting === undefined || setting.trim() === "") return DEFAULT_RATE_LIMIT;
  if (setting.trim() === "off") return null;
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6}(?:\.\d+)?)\s*$/.exec(setting);
  if (!match) return DEFAULT_RATE_LIMIT;
  const burst = Number(match[1]);
  const perSecond = Number(match[2]);
  return burst >= 1 && perSecond > 0 ? { burst, perSecond } : DEFAULT_RATE_LIMIT;
}

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly limit: RateLimit,
    /** Bounded so a flood of distinct keys cannot grow memory without end; the oldest bucket goes first. */
    private readonly maxKeys = 10_000,
  ) {}

  take(key: string, now: number): TakeResult {
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    const refilled = Math.min(this.limit.burst, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * this.limit.perSecond);
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
 * The client address as our nearest proxy reported it: the rightmost X-Forwarded-For entry. `next start`
 * fills the header from the socket only when it is absent, so without a proxy in front a client can claim
 * any address; deploy behind a proxy that overwrites it.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).pop();
  return (last ?? "unknown").slice(0, 64);
}
