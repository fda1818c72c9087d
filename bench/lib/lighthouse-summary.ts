import type { FormFactor, LighthouseRun, Throttling } from "./lighthouse";
import type { PageKind } from "./page-weight";
import { median } from "./stats";

type Scores = Pick<LighthouseRun, "performance" | "accessibility" | "bestPractices" | "seo" | "lcpMs" | "tbtMs" | "cls">;

export type LighthouseSummary = {
  label: string;
  path: string;
  kind: PageKind;
  formFactor: FormFactor;
  throttling: Throttling;
  runs: number;
  /** Median of Lighthouse's host-speed index over the runs. */
  benchmarkIndex: number;
  /** Each metric's median over the runs, taken separately. */
  median: Scores;
  /** From the run with the median performance score: first-view transfer bytes by resource type, and evidence. */
  transfer: Record<string, number>;
  evidence: Pick<LighthouseRun, "domSize" | "mainThread"> | null;
  /** Audits that failed in any run. */
  failedAudits: string[];
  errors: string[];
};

export function summarise(
  page: { label: string; path: string; kind: PageKind },
  formFactor: FormFactor,
  runs: LighthouseRun[],
  errors: string[],
  throttling: Throttling = "simulate",
): LighthouseSummary {
  const pick = (key: keyof Scores) => median(runs.map((r) => r[key]));
  const byPerf = [...runs].sort((a, b) => a.performance - b.performance);
  const middle = byPerf[Math.floor(byPerf.length / 2)];
  return {
    ...page,
    formFactor,
    throttling,
    runs: runs.length,
    benchmarkIndex: median(runs.map((r) => r.benchmarkIndex)),
    median: {
      performance: pick("performance"),
      accessibility: pick("accessibility"),
      bestPractices: pick("bestPractices"),
      seo: pick("seo"),
      lcpMs: pick("lcpMs"),
      tbtMs: pick("tbtMs"),
      cls: pick("cls"),
    },
    transfer: middle?.transfer ?? {},
    evidence: middle ? { domSize: middle.domSize, mainThread: middle.mainThread } : null,
    failedAudits: [...new Set(runs.flatMap((r) => r.failedAudits.map((a) => a.replace(/ \([\d.]+\)$/, ""))))].sort(),
    errors,
  };
}
