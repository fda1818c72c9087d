import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { strategies } from "./config";
import { decodeState, defaultState, encodeState, type LabState } from "./url-state";

describe("lab state in the URL", () => {
  it("the defaults encode to a short value and back", () => {
    expect(encodeState(defaultState)).toBe("1");
    expect(decodeState("1").state).toEqual(defaultState);
  });

  it("round-trips any valid state", () => {
    const state = fc.record({
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      lags: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 2, maxLength: 5 }),
      clients: fc.integer({ min: 1, max: 8 }),
      writePercent: fc.integer({ min: 0, max: 100 }),
      strategy: fc.constantFrom(...strategies),
      ops: fc.integer({ min: 1, max: 5000 }),
      text: fc.string({ maxLength: 200 }),
      tab: fc.constantFrom("simulate" as const, "check" as const),
      onlyViolations: fc.boolean(),
      page: fc.integer({ min: 0, max: 99 }),
      loss: fc.boolean(),
    });
    fc.assert(
      fc.property(state, ({ text, tab, onlyViolations, page, loss, ...config }) => {
        const events = loss ? [{ kind: "loss" as const, replica: 2, at: 10 }, { kind: "spike" as const, replica: 1, at: 3, extraMs: 2000, forOps: 50 }] : [];
        const original: LabState = { config: { ...config, events }, tab, text, onlyViolations, page };
        const { state: back, problems } = decodeState(encodeState(original));
        expect(problems).toEqual([]);
        expect(back).toEqual(original);
      }),
      { numRuns: 200 },
    );
  });

  it("explains bad values and falls back, never throwing", () => {
    const { state, problems } = decodeState("s=-3&l=1.2.3.4.5.6.7&c=abc&r=magic&n=999999&e=zz,s9@1+1x1");
    expect(state.config.seed).toBe(defaultState.config.seed);
    expect(problems.join("\n")).toMatch(/seed/);
    expect(problems.join("\n")).toMatch(/replicas/);
    expect(problems.join("\n")).toMatch(/magic/);
    expect(problems.join("\n")).toMatch(/5,000/);
    expect(problems.join("\n")).toMatch(/"zz"/);
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (junk) => void decodeState(junk)), { numRuns: 300 });
  });
});
