import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../tools/chromium";
import { median } from "./stats";
import { startTrace, summariseTasks, type TraceEvent } from "./trace";

/** The CPU slowdown the lesson bar and Lighthouse's mobile preset both use. */
export const CPU_THROTTLE = 4;
export const MAIN_THREAD_ROUNDS = 5;

export type MainThreadRow = {
  path: string;
  /** Sum of long tasks (> 50 ms) during load and the settle time after it, per run. */
  longTasksMs: number[];
  /** The blocking part of those tasks (each task's time past 50 ms), as Lighthouse's TBT counts it, per run. */
  blockingMs: number[];
  medianLongTasksMs: number;
  medianBlockingMs: number;
};

/** After `load`, long tasks that hydration and lazy chunks start are still counted for this long. */
const SETTLE_MS = 1500;

/**
 * A trace of one load of `url` as this section measures it: a fresh phone-sized context at 4x CPU, from the
 * navigation to SETTLE_MS after `load`. `prepare` runs on the page first (bench/load-variants.ts uses it to add a
 * stylesheet or abort requests).
 */
export async function traceLoad(browser: Browser, url: string, prepare?: (page: Page) => Promise<void>): Promise<TraceEvent[]> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  try {
    const page = await context.newPage();
    await prepare?.(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
    const stop = await startTrace(cdp);
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    await page.waitForTimeout(SETTLE_MS);
    return await stop();
  } finally {
    await context.close();
  }
}

async function measureOnce(browser: Browser, url: string): Promise<{ longTasks: number; blocking: number }> {
  const tasks = summariseTasks(await traceLoad(browser, url), url);
  return { longTasks: tasks.longTasksMs.reduce((sum, d) => sum + d, 0), blocking: tasks.blockingMs };
}

/**
 * Main-thread work of each page, measured in Chromium at 4x CPU throttling over an unthrottled loopback: the
 * long tasks of a trace of the load, median of five runs, pages interleaved round by round so a busy moment on
 * the shared host hits every page alike. Unlike Lighthouse's simulated score, this does not model a phone from
 * an unthrottled load, and unlike a `longtask` observer it sees the first style and layout of a long page
 * (bench/FINDINGS.md).
 */
export async function measureMainThread(baseUrl: string, paths: string[], log: (m: string) => void): Promise<MainThreadRow[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const runs = new Map(paths.map((p) => [p, { longTasks: [] as number[], blocking: [] as number[] }]));
  try {
    for (let round = 1; round <= MAIN_THREAD_ROUNDS; round += 1) {
      for (const path of paths) {
        log(`main thread at ${CPU_THROTTLE}x CPU ${path} (run ${round}/${MAIN_THREAD_ROUNDS})`);
        const result = await measureOnce(browser, `${baseUrl}${path}`);
        runs.get(path)!.longTasks.push(result.longTasks);
        runs.get(path)!.blocking.push(result.blocking);
      }
    }
  } finally {
    await browser.close();
  }
  return paths.map((path) => {
    const r = runs.get(path)!;
    return { path, longTasksMs: r.longTasks, blockingMs: r.blocking, medianLongTasksMs: median(r.longTasks), medianBlockingMs: median(r.blocking) };
  });
}
