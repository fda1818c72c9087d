import { execFile } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./next-server";

const run = promisify(execFile);
const LIGHTHOUSE = path.join(ROOT, "node_modules/.bin/lighthouse");

/** The flags measured to work with Debian's Chromium on these machines (toolchain.md). */
export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
].join(" ");

export type FormFactor = "mobile" | "desktop";

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
};

type LhReport = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
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
  return {
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

/** One Lighthouse 12 run through its CLI, in a fresh Chromium profile. */
export async function runLighthouse(url: string, formFactor: FormFactor, outFile: string): Promise<LighthouseRun> {
  mkdirSync(path.dirname(outFile), { recursive: true });
  const args = [
    url,
    `--chrome-flags=${CHROME_FLAGS}`,
    "--only-categories=performance,accessibility,best-practices,seo",
    "--output=json",
    `--output-path=${outFile}`,
    "--disable-full-page-screenshot",
    "--quiet",
    ...(formFactor === "desktop" ? ["--preset=desktop"] : []),
  ];
  await run(LIGHTHOUSE, args, {
    cwd: ROOT,
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" },
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return parseLighthouse(JSON.parse(readFileSync(outFile, "utf8")) as LhReport);
}
