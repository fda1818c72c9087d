/**
 * `tsx bench/lab-frame-costs.ts <slug> <rounds> <label>=<base-url>[|<css>] …`: a diagnostic (not part of
 * `npm run bench`) that compares page variants interaction by interaction. For each round it visits every variant in
 * turn (interleaved, so load on the machine hits them alike), replays the lab's bench scenario at 4x CPU with a
 * Chromium trace around each interaction, and prints per variant and interaction the median of:
 * - the Event Timing duration (what `npm run bench:labs` reports);
 * - the main thread's CPU time (trace `tdur`, not wall time: other processes' load does not inflate it) in style,
 *   layout, pre-paint, paint, layerize + commit, and script.
 * A variant is a server (main's build, a branch's build) and optionally CSS injected once the lab is ready, to try a
 * rendering change without a rebuild. Run it under `flock /work/wt/heavy`.
 */
import { chromium, type CDPSession } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../tools/chromium";
import { loadLabScenarios } from "./lib/lab-interactions";
import { CPU_THROTTLE } from "./lib/main-thread";
import { median } from "./lib/stats";
import { traceDuring, type TraceEvent } from "./lib/trace";

type Variant = { label: string; url: string; css?: string };
type Sample = { duration: number; cpu: Record<Phase, number> };

const PHASES = {
  style: ["UpdateLayoutTree"],
  layout: ["Layout"],
  prePaint: ["PrePaint"],
  paint: ["Paint"],
  commit: ["Layerize", "Commit"],
  script: ["FunctionCall", "EventDispatch", "TimerFire", "FireAnimationFrame", "RunMicrotasks", "V8.Execute"],
} as const;
type Phase = keyof typeof PHASES;

/** CPU_RATE=1 measures without throttling: Chromium's throttle spins on the main thread, so at 4x `tdur` counts it. */
const RATE = Number(process.env.CPU_RATE) || CPU_THROTTLE;

const [slug, roundsArg, ...variantArgs] = process.argv.slice(2);
const variants: Variant[] = variantArgs.map((arg) => {
  const [label, rest] = [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)];
  const bar = rest.indexOf("|");
  return bar < 0 ? { label, url: rest } : { label, url: rest.slice(0, bar), css: rest.slice(bar + 1) };
});

/** Main-thread CPU ms per phase; nested events of the same phase (a forced layout inside a script) count once. */
function cpuByPhase(events: TraceEvent[]): Record<Phase, number> {
  const main = events.find((e) => e.name === "thread_name" && (e.args as { name?: string } | undefined)?.name === "CrRendererMain");
  const on = events.filter((e) => e.ph === "X" && e.tdur !== undefined && (!main || (e.tid === main.tid && e.pid === main.pid)));
  const out = {} as Record<Phase, number>;
  for (const [phase, names] of Object.entries(PHASES) as [Phase, readonly string[]][]) {
    const mine = on.filter((e) => names.includes(e.name)).sort((a, b) => a.ts - b.ts);
    let total = 0;
    let end = -Infinity;
    for (const e of mine) {
      if (e.ts < end) continue; // nested in one already counted
      total += e.tdur! / 1000;
      end = e.ts + e.dur!;
    }
    out[phase] = total;
  }
  return out;
}

/** Frame work only: the timeline categories, without the loading ones. */
const traced = (cdp: CDPSession, run: () => Promise<void>) => traceDuring(cdp, run, ["devtools.timeline", "disabled-by-default-devtools.timeline"]);

async function main() {
  const scenario = (await loadLabScenarios()).find((s) => s.slug === slug);
  const rounds = Number(roundsArg);
  if (!scenario || !(rounds > 0) || variants.length === 0) throw new Error("usage: tsx bench/lab-frame-costs.ts <slug> <rounds> <label>=<url>[|<css>] …");
  const samples = new Map<string, Sample[]>();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (let round = 1; round <= rounds; round += 1) {
      for (const variant of variants) {
        console.error(`[lab-frame-costs] ${slug} round ${round}/${rounds}: ${variant.label}`);
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        try {
          const page = await context.newPage();
          await page.addInitScript(() => {
            const w = window as unknown as { __events: number[] };
            w.__events = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId: number })[]) if (e.interactionId > 0) w.__events.push(e.duration);
            }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
          });
          await page.goto(`${variant.url}/lessons/${scenario.slug}${scenario.urlSuffix ?? ""}`, { waitUntil: "load", timeout: 120_000 });
          await scenario.ready(page);
          if (variant.css) await page.addStyleTag({ content: variant.css });
          const cdp = await context.newCDPSession(page);
          await cdp.send("Emulation.setCPUThrottlingRate", { rate: RATE });
          for (const interaction of scenario.interactions) {
            const mark = await page.evaluate(() => (window as unknown as { __events: number[] }).__events.length);
            const events = await traced(cdp, async () => {
              await interaction.run(page);
              await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
            });
            const durations = await page.evaluate((from) => (window as unknown as { __events: number[] }).__events.slice(from), mark);
            const key = `${variant.label}\u0000${interaction.name}`;
            samples.set(key, [...(samples.get(key) ?? []), { duration: durations.length ? Math.max(...durations) : 16, cpu: cpuByPhase(events) }]);
          }
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  const phases = Object.keys(PHASES) as Phase[];
  console.log(`| Interaction | Variant | Event (ms) | ${phases.join(" | ")} | CPU total |`);
  console.log(`| --- | --- | ---: | ${phases.map(() => "---:").join(" | ")} | ---: |`);
  for (const interaction of scenario.interactions) {
    for (const variant of variants) {
      const got = samples.get(`${variant.label}\u0000${interaction.name}`) ?? [];
      const cpu = phases.map((p) => median(got.map((s) => s.cpu[p])));
      const total = median(got.map((s) => phases.reduce((sum, p) => sum + s.cpu[p], 0)));
      console.log(
        `| ${interaction.name} | ${variant.label} | ${median(got.map((s) => s.duration)).toFixed(0)} (${got.map((s) => s.duration.toFixed(0)).join(", ")}) | ${cpu.map((c) => c.toFixed(1)).join(" | ")} | ${total.toFixed(1)} |`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
