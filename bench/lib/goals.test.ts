import { describe, expect, it } from "vitest";
import { evaluateGoals } from "./goals";
import type { LighthouseSummary } from "./lighthouse-summary";
import type { LoadResult } from "./load";
import type { LoadRow } from "./sandbox-load";

function lh(kind: "lesson" | "baseline", formFactor: "mobile" | "desktop", performance: number, lcpMs = 1800, throttling: "simulate" | "devtools" = "simulate"): LighthouseSummary {
  return {
    label: kind,
    path: `/${kind}`,
    kind,
    formFactor,
    throttling,
    benchmarkIndex: 1500,
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
  it("meets the Lighthouse goals one point down, at 100 on desktop and under 2 s", () => {
    const checks = evaluateGoals([lh("baseline", "mobile", 94), lh("lesson", "mobile", 93, 1900), lh("lesson", "desktop", 100)], []);
    expect(checks.map((c) => c.met)).toEqual([true, true, true]);
    expect(checks[0]?.figure).toBe("93 vs 94 (−1)");
  });

  it("misses them two points down, at 99 on desktop, or at 2 s", () => {
    const checks = evaluateGoals([lh("baseline", "mobile", 94), lh("lesson", "mobile", 92, 2000), lh("lesson", "desktop", 99)], []);
    expect(checks.map((c) => c.met)).toEqual([false, false, false]);
  });

  it("judges mobile on the applied-throttling runs when there are any, ignoring the simulated ones", () => {
    const checks = evaluateGoals(
      [
        lh("baseline", "mobile", 93, 1500, "simulate"),
        lh("lesson", "mobile", 69, 4000, "simulate"),
        lh("baseline", "mobile", 80, 1500, "devtools"),
        lh("lesson", "mobile", 80, 1600, "devtools"),
      ],
      [],
    );
    expect(checks.map((c) => [c.goal, c.met])).toEqual([
      ["lesson: mobile performance (devtools throttling) within 1 point of the baseline", true],
      ["lesson: mobile LCP (devtools throttling) < 2 s", true],
    ]);
  });

  it("compares each lesson's main-thread blocking at 4x CPU with the baseline page's", () => {
    const row = (path: string, blocking: number) => ({ path, longTasksMs: [], blockingMs: [], medianLongTasksMs: blocking + 100, medianBlockingMs: blocking });
    const checks = evaluateGoals([], [], [row("/baseline", 300), row("/lessons/a", 300), row("/lessons/b", 301)]);
    expect(checks.map((c) => c.met)).toEqual([true, false]);
    expect(checks[1]?.figure).toBe("301 vs 300 ms (long tasks 401 vs 400 ms)");
  });

  it("compares sandbox reads with the bare Next route and checks p99 of every endpoint", () => {
    const rows: LoadRow[] = [
      { kind: "sealed", op: "read", bytes: 2000, sandbox: load(450, 49), bareNext: load(500, 50), bareNode: load(1200, 10), serviceMs: { sandbox: 1, bareNext: 0.9 }, note: "" },
      { kind: "jwt", op: "read", bytes: 2000, sandbox: load(449, 50), bareNext: load(500, 50), bareNode: null, serviceMs: null, note: "" },
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
    expect(checks[0]?.figure).toBe("0.90 (450 / 500; one at a time: 0.90)");
  });

  it("judges reads measured in slices by the median of the paired slices, and shows the whole-run ratio too", () => {
    const sliced = (rps: number, sliceRps: number[]): LoadResult => ({ ...load(rps, 20), sliceRps });
    const row: LoadRow = { kind: "sealed", op: "read", bytes: 2000, sandbox: sliced(78, [90, 90, 30, 90, 90]), bareNext: sliced(100, [100, 100, 100, 100, 100]), bareNode: null, serviceMs: null, note: "" };
    const [ratio] = evaluateGoals([], [row]);
    expect(ratio).toMatchObject({ met: true, figure: "0.90 (median of 5 paired slices; whole run 78 / 100 = 0.78)" });
  });
});
