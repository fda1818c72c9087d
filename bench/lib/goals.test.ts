import { describe, expect, it } from "vitest";
import { evaluateGoals } from "./goals";
import type { LighthouseSummary } from "./lighthouse-summary";
import type { LoadResult } from "./load";
import type { LoadRow } from "./sandbox-load";

function lh(kind: "lesson" | "baseline", formFactor: "mobile" | "desktop", performance: number, lcpMs = 1800): LighthouseSummary {
  return {
    label: kind,
    path: `/${kind}`,
    kind,
    formFactor,
    runs: 3,
    median: { performance, accessibility: 100, bestPractices: 100, seo: 100, lcpMs, tbtMs: 0, cls: 0 },
    transfer: {},
    evidence: null,
    failedAudits: [],
    errors: [],
  };
}

const load = (rps: number, p99: number): LoadResult => ({ name: "x", rps, p50: 10, p99, requests: 1000, non2xx: {}, errors: 0 });

describe("evaluateGoals", () => {
  it("meets the Lighthouse goals within two points, at 100 on desktop and under 2.5 s", () => {
    const checks = evaluateGoals([lh("baseline", "mobile", 94), lh("lesson", "mobile", 92, 2400), lh("lesson", "desktop", 100)], []);
    expect(checks.map((c) => c.met)).toEqual([true, true, true]);
    expect(checks[0]?.figure).toBe("92 vs 94 (−2)");
  });

  it("misses them three points down, at 99 on desktop, or at 2.5 s", () => {
    const checks = evaluateGoals([lh("baseline", "mobile", 94), lh("lesson", "mobile", 91, 2500), lh("lesson", "desktop", 99)], []);
    expect(checks.map((c) => c.met)).toEqual([false, false, false]);
  });

  it("compares sandbox reads with the bare Next route and checks p99 of every endpoint", () => {
    const rows: LoadRow[] = [
      { kind: "sealed", op: "read", bytes: 2000, sandbox: load(400, 99), bareNext: load(500, 50), bareNode: load(1200, 10), serviceMs: { sandbox: 1, bareNext: 0.9 }, note: "" },
      { kind: "jwt", op: "read", bytes: 2000, sandbox: load(399, 100), bareNext: load(500, 50), bareNode: null, serviceMs: null, note: "" },
      { kind: "server", op: "write", bytes: 2000, sandbox: null, bareNext: null, bareNode: null, serviceMs: null, note: "not available (404)" },
    ];
    const checks = evaluateGoals([], rows);
    expect(checks.map((c) => [c.goal.split(" ").slice(0, 3).join(" "), c.met])).toEqual([
      ["sandbox sealed read", true],
      ["sandbox sealed read", true],
      ["sandbox jwt read", false],
      ["sandbox jwt read", false],
      ["sandbox server write", null],
    ]);
    expect(checks[4]?.figure).toBe("not available (404)");
    expect(checks[0]?.figure).toBe("0.80 (400 / 500; one at a time: 0.90)");
  });

  it("judges reads measured in slices by the median of the paired slices, and shows the whole-run ratio too", () => {
    const sliced = (rps: number, sliceRps: number[]): LoadResult => ({ ...load(rps, 20), sliceRps });
    const row: LoadRow = { kind: "sealed", op: "read", bytes: 2000, sandbox: sliced(78, [90, 90, 30, 90, 90]), bareNext: sliced(100, [100, 100, 100, 100, 100]), bareNode: null, serviceMs: null, note: "" };
    const [ratio] = evaluateGoals([], [row]);
    expect(ratio).toMatchObject({ met: true, figure: "0.90 (median of 5 paired slices; whole run 78 / 100 = 0.78)" });
  });
});
