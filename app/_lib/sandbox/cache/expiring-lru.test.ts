import { describe, expect, it } from "vitest";
import { ExpiringLru } from "./expiring-lru";

describe("ExpiringLru", () => {
  it("returns a value until its expiry, then never again", () => {
    const lru = new ExpiringLru<string>(4);
    lru.set("a", "A", 1000);
    expect(lru.get("a", 999)).toBe("A");
    expect(lru.get("a", 1000)).toBeUndefined();
    expect(lru.get("a", 10)).toBeUndefined();
  });

  it("evicts the least recently used entry past its bound", () => {
    const lru = new ExpiringLru<number>(2);
    lru.set("a", 1, 100);
    lru.set("b", 2, 100);
    lru.get("a", 0);
    lru.set("c", 3, 100);
    expect(lru.get("b", 0)).toBeUndefined();
    expect(lru.get("a", 0)).toBe(1);
    expect(lru.get("c", 0)).toBe(3);
    expect(lru.size).toBe(2);
  });

  it("refuses a bound that is not a positive integer", () => {
    expect(() => new ExpiringLru(0)).toThrow(RangeError);
  });
});
