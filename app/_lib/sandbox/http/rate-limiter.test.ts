import { describe, expect, it } from "vitest";
import { clientKey, MemoryRateLimiter } from "./rate-limiter";

describe("RateLimiter", () => {
  it("allows a burst, then refuses with a Retry-After until tokens refill", () => {
    const limiter = new MemoryRateLimiter({ burst: 3, perSecond: 1 });
    expect([1, 2, 3].map(() => limiter.takeNow("a", 0).ok)).toEqual([true, true, true]);
    expect(limiter.takeNow("a", 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.takeNow("a", 999).ok).toBe(false);
    expect(limiter.takeNow("a", 2000).ok).toBe(true);
  });

  it("keeps clients apart", () => {
    const limiter = new MemoryRateLimiter({ burst: 1, perSecond: 0.1 });
    expect(limiter.takeNow("a", 0).ok).toBe(true);
    expect(limiter.takeNow("a", 0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.takeNow("b", 0).ok).toBe(true);
  });

  it("never holds more than the burst, however long a client waits", () => {
    const limiter = new MemoryRateLimiter({ burst: 2, perSecond: 100 });
    limiter.takeNow("a", 0);
    const after = [1, 2, 3].map(() => limiter.takeNow("a", 1_000_000).ok);
    expect(after).toEqual([true, true, false]);
  });

  it("bounds the number of tracked clients", () => {
    const limiter = new MemoryRateLimiter({ burst: 1, perSecond: 0.001 }, 2);
    limiter.takeNow("a", 0);
    limiter.takeNow("b", 0);
    limiter.takeNow("c", 0);
    // "a" was evicted, so it starts with a fresh bucket.
    expect(limiter.takeNow("a", 0).ok).toBe(true);
  });
});

describe("clientKey", () => {
  const from = (xff: string) => new Headers({ "x-forwarded-for": xff });

  it("behind one trusted proxy, takes the entry that proxy appended", () => {
    expect(clientKey(from("6.6.6.6, 10.0.0.1"), 1)).toBe("10.0.0.1");
  });

  it("with no trusted proxy, puts every client in one bucket however it fills the header", () => {
    expect(clientKey(from("1.1.1.1"), 0)).toBe("unidentified");
    expect(clientKey(from("2.2.2.2"), 0)).toBe("unidentified");
    expect(clientKey(new Headers(), 1)).toBe("unidentified");
  });

  it("gives spellings of one address one bucket", () => {
    const keys = ["01.2.3.4", "::ffff:1.2.3.4", "1.2.3.4:80", "[1.2.3.4]"].map((spelling) => clientKey(from(spelling), 1));
    expect(new Set(keys)).toEqual(new Set(["1.2.3.4"]));
  });
});
