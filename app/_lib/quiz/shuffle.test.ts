import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIRST_SEED, isSeed, nextSeed, seededShuffle } from "./shuffle";

const letters = ["a", "b", "c", "d", "e", "f"];

describe("seededShuffle", () => {
  it("returns a permutation of the items and leaves the input alone", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 6 }), fc.nat(), fc.string(), (items, seed, salt) => {
        const copy = [...items];
        const out = seededShuffle(items, seed, salt);
        expect(items).toEqual(copy);
        expect([...out].sort()).toEqual([...items].sort());
      }),
    );
  });

  it("is stable: the same seed and question give the same order, every time", () => {
    expect(seededShuffle(letters, 42, "fixation")).toEqual(seededShuffle(letters, 42, "fixation"));
    // Pinned, so a change to the generator (which would reorder every learner's open form) is noticed.
    expect(seededShuffle(letters, FIRST_SEED, "stateless")).toEqual(seededShuffle([...letters], 1, "stateless"));
    expect(seededShuffle(["x", "y", "z", "w"], 7, "q")).toMatchInlineSnapshot(`
      [
        "z",
        "y",
        "w",
        "x",
      ]
    `);
  });

  it("gives other orders for other seeds and for other questions", () => {
    const bySeed = new Set(Array.from({ length: 50 }, (_, seed) => seededShuffle(letters, seed, "q").join("")));
    const byQuestion = new Set(Array.from({ length: 50 }, (_, i) => seededShuffle(letters, 1, `q${i}`).join("")));
    expect(bySeed.size).toBeGreaterThan(30);
    expect(byQuestion.size).toBeGreaterThan(30);
  });

  it("puts each item in each position about equally often", () => {
    const counts = letters.map(() => letters.map(() => 0));
    const runs = 6000;
    for (let seed = 0; seed < runs; seed++) {
      seededShuffle(letters, seed, "spread").forEach((item, position) => counts[letters.indexOf(item)]![position]!++);
    }
    for (const row of counts) for (const n of row) expect(Math.abs(n - runs / 6)).toBeLessThan(runs / 6 / 4);
  });
});

describe("nextSeed", () => {
  it("never repeats the previous seed and always returns a valid one", () => {
    const values = [5, 5, 5, 9];
    expect(nextSeed(5, () => values.shift()!)).toBe(9);
    expect(nextSeed(5, () => -1 >>> 0)).toBe(0xffffffff);
    for (let i = 0; i < 100; i++) expect(isSeed(nextSeed(FIRST_SEED))).toBe(true);
  });

  it("rejects seeds that are not unsigned 32-bit integers", () => {
    expect([0, 1, 0xffffffff].every(isSeed)).toBe(true);
    expect([-1, 1.5, 2 ** 32, Number.NaN].some(isSeed)).toBe(false);
  });
});
