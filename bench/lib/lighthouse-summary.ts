import type { FormFactor, LighthouseRun } from "./lighthouse";
import type { PageKind } from "./page-weight";
import { median } from "./stats";

export type LighthouseSummary = {
  label: string;
  path: string;
  kind: PageKind;
  formFactor: FormFactor;
  runs: number;
  /** Each metric's median over the runs, taken separately. */
  median: Omit<LighthouseRun, "transfer" | "failedAudits">;
  /** First-view transfer bytes by resource type, from the run with the median performance score. */
  transfer: Record<string, number>;
  /** Audits that failed in any run. */
  failedAudits: string[];
  errors: string[];
};

export function summarise(
  page: { label: string; path: string; kind: PageKind },
  formFactor: FormFactor,
  runs: LighthouseRun[],
  errors: string[],
): LighthouseSummary {
  const pick = (key: keyof Omit<LighthouseRun, "transfer" | "failedAudits">) => median(runs.map((r) => r[key]));
  const byPerf = [...runs].sort((a, b) => a.performance - b.performance);
  return {
    ...page,
    formFactor,
    runs: runs.length,
    median: {
      performance: pick("performance"),
      accessibility: pick("accessibility"),
      bestPractices: pick("bestPractices"),
      seo: pick("seo"),
      lcpMs: pick("lcpMs"),
      tbtMs: pick("tbtMs"),
      cls: pick("cls"),
    },
    transfer: byPerf[Math.floor(byPerf.length / 2)]?.transfer ?? {},
    failedAudits: [...new Set(runs.flatMap((r) => r.failedAudits.map((a) => a.replace(/ \([\d.]+\)$/, ""))))].sort(),
    errors,
  };
}
