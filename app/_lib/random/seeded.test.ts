import { describe, expect, it } from "vitest";
import { fnv1a, mulberry32, mulberry32Uint } from "./seeded";

describe("seeded", () => {
  it("gives mulberry32's known first outputs for seed 0 and 1", () => {
    // The published mulberry32 (Tommy Ettinger) in C, compiled with gcc and run for seeds 0 and 1.
    expect(mulberry32Uint(0)()).toBe(1144304738);
    expect(mulberry32Uint(1)()).toBe(2693262067);
  });

  it("repeats a sequence for a seed and spreads floats over [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 10_000 }, () => a());
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it("hashes with FNV-1a's published test vectors", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });
});
