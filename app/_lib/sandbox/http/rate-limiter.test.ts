import { describe, expect, it } from "vitest";
import { clientKey, DEFAULT_RATE_LIMIT, parseRateLimit, RateLimiter } from "./rate-limiter";

describe("RateLimiter", () => {
  it("allows a burst, then refuses with a Retry-After until tokens refill", () => {
    const limiter = new RateLimiter({ burst: 3, perSecond: 1 });
    expect([1, 2, 3].map(() => limiter.take("a", 0).ok)).toEqual([true, true, true]);
    expect(limiter.take("a", 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("a", 999).ok).toBe(false);
    expect(limiter.take("a", 2000).ok).toBe(true);
  });

  it("keeps clients apart", () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 0.1 });
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("a", 0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.take("b", 0).ok).toBe(true);
  });

  it("never holds more than the burst, however long a client waits", () => {
    const limiter = new RateLimiter({ burst: 2, perSecond: 100 });
    limiter.take("a", 0);
    const after = [1, 2, 3].map(() => limiter.take("a", 1_000_000).ok);
    expect(after).toEqual([true, true, false]);
  });

  it("bounds the number of tracked clients", () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 0.001 }, 2);
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("c", 0);
    // "a" was evicted, so it starts with a fresh bucket.
    expect(limiter.take("a", 0).ok).toBe(true);
  });
});

describe("parseRateLimit", () => {
  it.each([
    [undefined, DEFAULT_RATE_LIMIT],
    ["", DEFAULT_RATE_LIMIT],
    ["10/2", { burst: 10, perSecond: 2 }],
    [" 5 / 0.5 ", { burst: 5, perSecond: 0.5 }],
    ["off", null],
    ["nonsense", DEFAULT_RATE_LIMIT],
    ["0/1", DEFAULT_RATE_LIMIT],
  ])("%j → %j", (setting, expected) => {
    expect(parseRateLimit(setting)).toEqual(expected);
  });
});

describe("clientKey", () => {
  it("takes the rightmost X-Forwarded-For entry (the one our proxy added)", () => {
    expect(clientKey(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.1" }))).toBe("10.0.0.1");
    expect(clientKey(new Headers())).toBe("unknown");
  });
});
