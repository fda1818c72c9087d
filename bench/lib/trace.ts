import type { CDPSession } from "playwright-core";

/** One event of Chromium's trace (the Trace Event Format); only the fields the bench reads. */
export type TraceEvent = {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where Chromium records it: steadier than `dur` on a busy host. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; frame?: string; data?: Record<string, unknown>; beginData?: { url?: string } };
};

/** What a page-load trace needs: tasks (toplevel), paints and navigation marks (loading, devtools.timeline). */
export const LOAD_CATEGORIES = ["toplevel", "loading", "devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing"];

/**
 * Starts a trace on a page's CDP session; the returned function ends it and resolves with every event.
 * Events arrive in chunks while the trace runs (ReportEvents), so nothing is written to disk.
 */
export async function startTrace(cdp: CDPSession, categories: string[] = LOAD_CATEGORIES): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (chunk: { value: object[] }) => events.push(...(chunk.value as TraceEvent[]));
  cdp.on("Tracing.dataCollected", collect);
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: categories }, transferMode: "ReportEvents" });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
    await cdp.send("Tracing.end");
    await complete;
    cdp.off("Tracing.dataCollected", collect);
    return events;
  };
}

/** The events of a trace taken while `run` runs (the diagnostics trace one interaction at a time). */
export async function traceDuring(cdp: CDPSession, run: () => Promise<void>, categories: string[] = LOAD_CATEGORIES): Promise<TraceEvent[]> {
  const stop = await startTrace(cdp, categories);
  await run();
  return stop();
}

/** Chromium's definition of a long task, which Total Blocking Time counts past. */
export const LONG_TASK_MS = 50;

export type TaskSummary = {
  /** Every top-level task on the page's main thread longer than 50 ms, in ms, in order. */
  longTasksMs: number[];
  /** The sum of each long task's time past 50 ms: Total Blocking Time without its window. */
  blockingMs: number;
  /**
   * The same from the first contentful paint on, as Lighthouse's TBT counts it: a task that straddles the paint is
   * clipped to its part after it (Lantern's TBTUtils, calculateTbtImpactForEvent). Read it with care on loopback: there
   * a lesson's first layout runs before its first paint, where a throttled network puts it after (bench/FINDINGS.md).
   */
  blockingAfterFcpMs: number | null;
};

/**
 * The main thread of the renderer that loaded `url`: the process whose `ParseHTML` read it. (A navigation from
 * about:blank can change process, so the first renderer in the trace is not always the page's.)
 */
export function pageMainThread(events: TraceEvent[], url: string): { pid: number; tid: number } | null {
  const parse = events.find((e) => e.name === "ParseHTML" && (e.args?.beginData?.url ?? "").startsWith(url));
  if (!parse) return null;
  return { pid: parse.pid, tid: parse.tid };
}

/**
 * Long tasks of the page that loaded `url`, counted from the trace itself. A `longtask` PerformanceObserver
 * misses most of a long page's first style and layout (bench/FINDINGS.md: 284 ms reported where the trace of
 * the same load had 1,029 ms), so the bench counts tasks here, as Lighthouse does.
 */
export function summariseTasks(events: TraceEvent[], url: string): TaskSummary {
  const thread = pageMainThread(events, url);
  if (!thread) throw new Error(`the trace has no ParseHTML of ${url}`);
  const onThread = (e: TraceEvent) => e.pid === thread.pid && e.tid === thread.tid;
  const tasks = events.filter((e) => onThread(e) && e.ph === "X" && e.name === "RunTask" && (e.dur ?? 0) > LONG_TASK_MS * 1000);
  const fcp = events.find((e) => e.name === "firstContentfulPaint" && e.pid === thread.pid);
  // A task's time past 50 ms, counting only its part from `fromTs` on.
  const blocking = (fromTs: number) =>
    Math.round(tasks.reduce((sum, task) => sum + Math.max(0, (task.ts + task.dur! - Math.max(task.ts, fromTs)) / 1000 - LONG_TASK_MS), 0));
  return {
    longTasksMs: tasks.map((task) => Math.round(task.dur! / 1000)),
    blockingMs: blocking(-Infinity),
    blockingAfterFcpMs: fcp ? blocking(fcp.ts) : null,
  };
}
