import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { chromiumArgs, chromiumPath } from "../../tools/chromium";

/** Lighthouse needs the new headless mode; the rest are the flags every browser run here uses. */
export const CHROME_FLAGS = ["--headless=new", ...chromiumArgs].join(" ");

export type FormFactor = "mobile" | "desktop";

/**
 * `simulate` (Lighthouse's default) models a slow phone from a fast unthrottled load, so its score moves with
 * the host's speed; `devtools` slows the real browser (4x CPU, slow network) while it loads, which swings less.
 */
export type Throttling = "simulate" | "devtools";

export type LighthouseRun = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Transfer bytes of the first view by resource type (Document, Script, Image…). */
  transfer: Record<string, number>;
  /** Failed audits of the four categories, for explaining a missed point. */
  failedAudits: string[];
  /** Evidence for a slow page: DOM elements and main-thread time by kind (ms). */
  domSize: number;
  mainThread: Record<string, number>;
  /** Lighthouse's own measure of the host's speed (higher is faster), to compare runs across days. */
  benchmarkIndex: number;
};

type LhReport = {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      score: number | null;
      numericValue?: number;
      title: string;
      scoreDisplayMode: string;
      details?: {
        items?: {
          resourceType?: string;
          transferSize?: number;
          groupLabel?: string;
          duration?: number;
        }[];
      };
    }
  >;
  runtimeError?: { message: string };
};

export function parseLighthouse(report: LhReport): LighthouseRun {
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const score = (id: string) => Math.round((report.categories[id]?.score ?? NaN) * 100);
  const value = (id: string) => report.audits[id]?.numericValue ?? NaN;
  const transfer: Record<string, number> = {};
  for (const item of report.audits["network-requests"]?.details?.items ?? []) {
    const type = item.resourceType ?? "Other";
    transfer[type] = (transfer[type] ?? 0) + (item.transferSize ?? 0);
  }
  const failed = new Set<string>();
  for (const category of Object.values(report.categories)) {
    for (const ref of category.auditRefs) {
      const audit = report.audits[ref.id];
      if (audit && ref.weight > 0 && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative") {
        failed.add(`${ref.id} (${audit.score})`);
      }
    }
  }
  const mainThread: Record<string, number> = {};
  for (const item of report.audits["mainthread-work-breakdown"]?.details?.items ?? []) {
    if (item.groupLabel) mainThread[item.groupLabel] = Math.round(item.duration ?? 0);
  }
  return {
    benchmarkIndex: report.environment?.benchmarkIndex ?? NaN,
    domSize: value("dom-size"),
    mainThread,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: value("largest-contentful-paint"),
    tbtMs: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    transfer,
    failedAudits: [...failed].sort(),
  };
}

/**
 * Lighthouse 12 through its Node API, against one Chromium launched for a batch of runs: the CLI's
 * own start-up and a browser launch per run cost ~7 s of the ~14 s a run takes here, and the whole
 * benchmark has 10 minutes. Lighthouse still resets storage and cache before every run.
 */
export class LighthouseRunner {
  private constructor(private readonly chrome: LaunchedChrome) {}

  static async launch(): Promise<LighthouseRunner> {
    const chrome = await launch({
      chromePath: chromiumPath,
      chromeFlags: CHROME_FLAGS.split(" "),
      logLevel: "silent",
    });
    return new LighthouseRunner(chrome);
  }

  async run(url: string, formFactor: FormFactor, outFile: string, throttling: Throttling = "simulate"): Promise<LighthouseRun> {
    const result = await lighthouse(
      url,
      {
        port: this.chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        disableFullPageScreenshot: true,
        throttlingMethod: throttling,
      },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(result.lhr));
    return parseLighthouse(result.lhr as unknown as LhReport);
  }

  async close(): Promise<void> {
    this.chrome.kill();
  }
}
