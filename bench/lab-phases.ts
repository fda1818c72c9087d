/**
 * `tsx bench/lab-phases.ts <base-url> <slug> [interaction-substring] [--profile] [--trace] [--css "<rules>"]`:
 * replays one lab's bench scenario at 4x CPU against a running server (a diagnostic, not part of `npm run bench`)
 * and prints, for each interaction, every Event Timing entry split into input delay, processing and presentation
 * delay (the three parts of INP), so a slow interaction says where its time goes.
 * --profile: a CPU profile of each matching interaction in bench/out/<slug>-<n>.cpuprofile.
 * --trace: a Chromium trace of each matching interaction (bench/out/<slug>-trace-<i>.json) and a summary of the
 * main thread's long tasks (script, style, layout, pre-paint, paint, commit).
 * --css: rules injected once the lab is ready, to try a rendering change without a rebuild.
 * Run it under `flock /work/wt/heavy` like any bench: on two shared cores its numbers mean nothing otherwise.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../tools/chromium";
import { loadLabScenarios } from "./lib/lab-interactions";
import { CPU_THROTTLE } from "./lib/main-thread";
import { OUT_DIR } from "./lib/next-server";
import { startTrace } from "./lib/trace";

type Entry = { name: string; duration: number; delay: number; processing: number; presentation: number; interactionId: number };

const [baseUrl, slug, filter = "", ...flags] = process.argv.slice(2);
const profile = flags.includes("--profile") || filter === "--profile";
const trace = flags.includes("--trace") || filter === "--trace";
const only = filter.startsWith("--") ? "" : filter;
const cssAt = process.argv.indexOf("--css");
const css = cssAt > 0 ? process.argv[cssAt + 1] : undefined;

type TraceEvent = { name: string; ph: string; dur?: number; ts: number; tid: number; pid: number; args?: { data?: { type?: string } } };

/** Main-thread time per trace event name (complete events only, nested ones included), largest first. */
function summariseTrace(events: TraceEvent[]): string {
  const main = events.find((e) => e.name === "thread_name" && (e.args as { name?: string } | undefined)?.name === "CrRendererMain");
  const on = events.filter((e) => e.ph === "X" && e.dur !== undefined && (!main || (e.tid === main.tid && e.pid === main.pid)));
  const by = new Map<string, number>();
  for (const e of on) {
    const key = e.name === "EventDispatch" ? `EventDispatch(${e.args?.data?.type})` : e.name;
    by.set(key, (by.get(key) ?? 0) + e.dur! / 1000);
  }
  const totals = [...by].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ms  ${k}`);
  // Each long task, with what it spent its time on (direct and nested events by name).
  const tasks = on.filter((e) => e.name === "RunTask" && e.dur! >= 8000);
  const t0 = tasks[0]?.ts ?? 0;
  const lines = tasks.map((task) => {
    const inside = on.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    const parts = new Map<string, number>();
    for (const e of inside) {
      if (!["FunctionCall", "EventDispatch", "TimerFire", "FireAnimationFrame", "Paint", "Layout", "UpdateLayoutTree", "PrePaint", "Layerize", "Commit", "HitTest", "MajorGC", "MinorGC", "ParseHTML", "V8.GC_SCAVENGER"].includes(e.name)) continue;
      const key = e.name === "EventDispatch" ? `${e.args?.data?.type}` : e.name;
      parts.set(key, (parts.get(key) ?? 0) + e.dur! / 1000);
    }
    const desc = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 7).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ");
    return `    +${((task.ts - t0) / 1000).toFixed(0).padStart(5)} ms task ${(task.dur! / 1000).toFixed(0).padStart(4)} ms: ${desc}`;
  });
  return [...totals, "  long tasks:", ...lines].join("\n");
}

async function main() {
  const scenario = (await loadLabScenarios()).find((s) => s.slug === slug);
  if (!baseUrl || !scenario) throw new Error("usage: tsx bench/lab-phases.ts <base-url> <slug> [interaction] [--profile]");
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __phases: Entry[] };
      w.__phases = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId: number })[]) {
          if (e.interactionId > 0)
            w.__phases.push({
              name: e.name,
              duration: e.duration,
              delay: e.processingStart - e.startTime,
              processing: e.processingEnd - e.processingStart,
              presentation: e.startTime + e.duration - e.processingEnd,
              interactionId: e.interactionId,
            });
        }
      }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });
    await page.goto(`${baseUrl}/lessons/${scenario.slug}${scenario.urlSuffix ?? ""}`, { waitUntil: "load" });
    await scenario.ready(page);
    if (css) await page.addStyleTag({ content: css });
    console.log(`DOM elements: ${await page.evaluate(() => document.querySelectorAll("*").length)} (lab: ${await page.evaluate(() => document.querySelector("[data-lab-ready]")?.querySelectorAll("*").length)})`);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
    if (profile) await cdp.send("Profiler.enable");
    let n = 0;
    for (const interaction of scenario.interactions) {
      const mark = await page.evaluate(() => (window as unknown as { __phases: Entry[] }).__phases.length);
      const profiling = profile && interaction.name.includes(only);
      if (profiling) {
        await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
        await cdp.send("Profiler.start");
      }
      const tracing = trace && interaction.name.includes(only);
      const stopTrace = tracing ? await startTrace(cdp, ["devtools.timeline", "disabled-by-default-devtools.timeline"]) : null;
      await interaction.run(page);
      await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
      if (profiling) {
        const { profile: p } = await cdp.send("Profiler.stop");
        mkdirSync(OUT_DIR, { recursive: true });
        const file = path.join(OUT_DIR, `${slug}-${++n}.cpuprofile`);
        writeFileSync(file, JSON.stringify(p));
        console.log(`  profile: ${file}`);
      }
      if (stopTrace) {
        const events = (await stopTrace()) as TraceEvent[];
        mkdirSync(OUT_DIR, { recursive: true });
        writeFileSync(path.join(OUT_DIR, `${slug}-trace-${scenario.interactions.indexOf(interaction)}.json`), JSON.stringify(events));
        console.log(`  trace (main thread):\n${summariseTrace(events)}`);
      }
      const entries = await page.evaluate((from) => (window as unknown as { __phases: Entry[] }).__phases.slice(from), mark);
      console.log(`${interaction.name}`);
      for (const e of entries)
        console.log(
          `  ${e.name.padEnd(12)} ${Math.round(e.duration).toString().padStart(4)} ms = delay ${Math.round(e.delay)} + processing ${Math.round(e.processing)} + presentation ${Math.round(e.presentation)}  (#${e.interactionId})`,
        );
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
