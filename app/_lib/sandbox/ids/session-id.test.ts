import { describe, expect, it } from "vitest";
import { flipIdCharacter, isWellFormedSessionId, newSessionId, SESSION_ID_LENGTH } from "./session-id";

describe("newSessionId", () => {
  it("is 22 base64url characters encoding exactly 16 bytes", () => {
    const id = newSessionId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(id, "base64url")).toHaveLength(16);
    expect(isWellFormedSessionId(id)).toBe(true);
  });

  it("does not repeat across 10,000 draws and uses every bit position", () => {
    const ids = Array.from({ length: 10_000 }, newSessionId);
    expect(new Set(ids).size).toBe(ids.length);
    // Each of the 128 bits should be set in roughly half the IDs; a stuck bit means a broken generator.
    const ones = new Array(128).fill(0);
    for (const id of ids) {
      const bytes = Buffer.from(id, "base64url");
      for (let bit = 0; bit < 128; bit++) if (bytes[bit >> 3]! & (1 << (bit & 7))) ones[bit]++;
    }
    for (const count of ones) {
      expect(count).toBeGreaterThan(4_500);
      expect(count).toBeLessThan(5_500);
    }
  });
});

describe("isWellFormedSessionId", () => {
  it.each([
    ["empty", ""],
    ["too short", "A".repeat(21)],
    ["too long", "A".repeat(23)],
    ["base64 with + and /", "abcdefghijklmnopqrst+/"],
    ["padding", "AAAAAAAAAAAAAAAAAAAA=="],
    ["SQL", "' OR '1'='1' --AAAAAAA"],
    ["non-canonical last character (unused bits set)", "AAAAAAAAAAAAAAAAAAAAAB"],
    ["unicode", "ÄAAAAAAAAAAAAAAAAAAAAA"],
  ])("refuses %s", (_label, value) => {
    expect(isWellFormedSessionId(value)).toBe(false);
  });
});

describe("flipIdCharacter", () => {
  it("changes exactly one character and keeps the shape valid, at every position", () => {
    const id = newSessionId();
    for (let index = 0; index < SESSION_ID_LENGTH; index++) {
      const flipped = flipIdCharacter(id, index);
      expect(flipped.value).not.toBe(id);
      expect([...flipped.value].filter((c, i) => c !== id[i])).toHaveLength(1);
      expect(isWellFormedSessionId(flipped.value)).toBe(true);
    }
  });
});
