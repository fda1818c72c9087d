import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { engines } from "./engines";
import { playback, withMaxSeenWatermarks, type Step } from "./playback";
import { playback as referencePlayback } from "@/testing/session-windows-playback-reference";
import { presets } from "./presets";

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("event" as const), key: fc.constantFrom("ana", "ben", "cy"), t: fc.integer({ min: 0, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("watermark" as const), t: fc.integer({ min: 0, max: 220 }) }) },
);

describe("the faster playback emits exactly what the first one did", () => {
  it("on random steps, explicit watermarks included, for every engine", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 80 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), (steps, gap, grace) => {
        for (const engine of engines) expect(playback(engine, steps, gap, grace)).toEqual(referencePlayback(engine, steps, gap, grace));
      }),
      { numRuns: 400 },
    );
  });

  it("on the 2,000-event preset at several gaps and grace periods, and with the final watermark", () => {
    const many = presets.find((p) => p.id === "many-keys")!.config;
    const steps = [...withMaxSeenWatermarks(many.events), { kind: "watermark", t: Infinity } as const];
    for (const [gap, grace] of [[30, 60], [5, 0], [305, 0], [1, 1]] as const) {
      for (const engine of engines) expect(playback(engine, steps, gap, grace)).toEqual(referencePlayback(engine, steps, gap, grace));
    }
  });
});
