/**
 * `tsx bench/lab-mount-trace.ts <base-url> <slug> [--interactions <n>]`: a diagnostic (not part of `npm run bench`)
 * for the window the bench's first click lands in. It loads the lab as `npm run bench:labs` does, traces from the
 * navigation on (CPU samples included), throttles the CPU 4x once the lab is ready, replays the scenario's first
 * `n` interactions (default 1) the bench's way, and prints every main-thread task from "ready" on: its start (ms after
 * ready), duration, what it spent its time on (events by name) and the JS functions with the most self time in it.
 * The trace is kept in bench/out/<slug>-mount-trace.json. Run it under `flock /work/wt/heavy`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../tools/chromium";
import { loadLabScenarios } from "./lib/lab-interactions";
import { CPU_THROTTLE } from "./lib/main-thread";
import { OUT_DIR } from "./lib/next-server";
import { startTrace, type TraceEvent } from "./lib/trace";

type ProfileNode = { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } };
type Chunk = { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };

const [baseUrl, slug, ...flags] = process.argv.slice(2);
const countAt = flags.indexOf("--interactions");
const count = countAt >= 0 ? Number(flags[countAt + 1]) : 1;
const traceFile = path.join(OUT_DIR, `${slug}-mount-trace.json`);

/** Self time per sampled JS function, by the sample's timestamp (µs, trace clock). */
function samplesOf(events: TraceEvent[], pid: number): { ts: number; fn: string }[] {
  const nodes = new Map<number, ProfileNode>();
  const out: { ts: number; fn: string }[] = [];
  const profile = events.find((e) => e.name === "Profile" && e.pid === pid);
  if (!profile) return out;
  const id = (profile as unknown as { id: string }).id;
  let ts = (profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
  for (const e of events) {
    if (e.name !== "ProfileChunk" || e.pid !== pid || (e as unknown as { id: string }).id !== id) continue;
    const data = e.args?.data as Chunk | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((nodeId, i) => {
      ts += deltas[i] ?? 0;
      const frame = nodes.get(nodeId)?.callFrame;
      if (!frame) return;
      const file = (frame.url ?? "").split("/").pop() ?? "";
      out.push({ ts, fn: `${frame.functionName || "(anonymous)"}${file ? ` ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ""}` });
    });
  }
  return out;
}

async function record(): Promise<TraceEvent[]> {
  const scenario = (await loadLabScenarios()).find((s) => s.slug === slug);
  if (!baseUrl || !scenario) throw new Error("usage: tsx bench/lab-mount-trace.ts <base-url> <slug> [--interactions n]");
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const stop = await startTrace(cdp, [
      "toplevel",
      "devtools.timeline",
      "disabled-by-default-devtools.timeline",
      "blink.user_timing",
      "v8.execute",
      "disabled-by-default-v8.cpu_profiler",
      // --invalidations: who marks style and layout dirty (node and reason), for a frame that lays out more than it should.
      ...(flags.includes("--invalidations") ? ["disabled-by-default-devtools.timeline.invalidationTracking"] : []),
    ]);
    await page.goto(`${baseUrl}/lessons/${scenario.slug}${scenario.urlSuffix ?? ""}`, { waitUntil: "load", timeout: 120_000 });
    await scenario.ready(page);
    await page.evaluate("performance.mark('lab-ready')");
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
    for (const interaction of scenario.interactions.slice(0, count)) {
      await page.evaluate(`performance.mark(${JSON.stringify(`start: ${interaction.name}`)})`);
      await interaction.run(page);
      await page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))))");
    }
    await page.waitForTimeout(1000);
    const events = await stop();
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(traceFile, JSON.stringify(events));
    return events;
  } finally {
    await browser.close();
  }
}

/** --reuse: analyse the trace the last run kept instead of recording a new one. */
async function main() {
  const events = flags.includes("--reuse") ? (JSON.parse(readFileSync(traceFile, "utf8")) as TraceEvent[]) : await record();
  {
    const file = traceFile;

    const ready = events.find((e) => e.name === "lab-ready");
    if (!ready) throw new Error("no lab-ready mark in the trace");
    const onMain = (e: TraceEvent) => e.pid === ready.pid && e.tid === ready.tid;
    const marks = events.filter((e) => onMain(e) && e.cat?.includes("blink.user_timing") && e.ts >= ready.ts && e.name.startsWith("start: "));
    const samples = samplesOf(events, ready.pid);
    const complete = events.filter((e) => onMain(e) && e.ph === "X" && e.dur !== undefined);
    const tasks = complete.filter((e) => e.name === "RunTask" && e.ts + e.dur! >= ready.ts - 200_000 && e.dur! >= 3000);
    const interesting = new Set(["EventDispatch", "TimerFire", "FireAnimationFrame", "FireIdleCallback", "Layout", "UpdateLayoutTree", "PrePaint", "Paint", "Layerize", "Commit", "HitTest", "MajorGC", "MinorGC", "V8.GC_SCAVENGER", "RunMicrotasks", "FunctionCall", "ResizeObserver", "IntersectionObserverController::computeIntersections", "ParseHTML", "EvaluateScript", "v8.compile", "v8.run", "V8.ScriptCompiler"]);
    const rel = (ts: number) => ((ts - ready.ts) / 1000).toFixed(0).padStart(6);
    console.log(`trace: ${file}`);
    for (const m of marks) console.log(`mark ${rel(m.ts)} ms  ${m.name}`);
    for (const task of tasks) {
      const inside = complete.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
      const parts = new Map<string, number>();
      for (const e of inside) {
        if (!interesting.has(e.name)) continue;
        const type = (e.args?.data as { type?: string } | undefined)?.type;
        const key = e.name === "EventDispatch" ? `ev:${type}` : e.name;
        parts.set(key, (parts.get(key) ?? 0) + e.dur! / 1000);
      }
      const desc = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ");
      const fns = new Map<string, number>();
      const inTask = samples.filter((s) => s.ts >= task.ts && s.ts <= task.ts + task.dur!);
      for (let i = 0; i < inTask.length; i += 1) {
        const next = inTask[i + 1]?.ts ?? inTask[i]!.ts;
        fns.set(inTask[i]!.fn, (fns.get(inTask[i]!.fn) ?? 0) + (next - inTask[i]!.ts) / 1000);
      }
      const top = [...fns].filter(([f]) => f !== "(idle)" && f !== "(program)").sort((a, b) => b[1] - a[1]).slice(0, 6).map(([f, v]) => `${v.toFixed(1)} ${f}`);
      console.log(`${rel(task.ts)} ms  task ${(task.dur! / 1000).toFixed(1).padStart(6)} ms: ${desc}`);
      for (const line of top) console.log(`               ${line}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
