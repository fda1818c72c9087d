/**
 * `tsx bench/frame-cost.ts <slug> <frames> <label>=<base-url>[|<css>] …`: a diagnostic (not part of `npm run bench`)
 * for the cost of one rendering frame on a lesson page, whatever a lab does in it. With the lab ready and in view, it
 * makes one small change per animation frame inside the lab, `frames` times for each kind of change, under a
 * Chromium trace, and prints the median main-thread CPU time (trace `tdur`, no CPU throttling, so load from other
 * processes barely moves it) of each frame's style, layout, pre-paint, paint and layerize + commit:
 * - paint: a button's background colour (what a hover does);
 * - text: one word of text, same height (a label or a count changing);
 * - grow: a line added and removed at the lab's end (everything below the lab moves);
 * - dim: the lab's results at opacity 0.6 and back (what the labs do while a result is being computed).
 * Variants (a server, optionally CSS injected once the lab is ready) are visited in turn. Run it under
 * `flock /work/wt/heavy`.
 */
import { chromium, type CDPSession, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../tools/chromium";
import { loadLabScenarios } from "./lib/lab-interactions";
import { median } from "./lib/stats";
import { traceDuring, type TraceEvent } from "./lib/trace";

type Variant = { label: string; url: string; css?: string };

const PHASES = { style: ["UpdateLayoutTree"], layout: ["Layout"], prePaint: ["PrePaint"], paint: ["Paint"], commit: ["Layerize", "Commit"] } as const;
type Phase = keyof typeof PHASES;
const CHANGES = ["paint", "text", "grow", "dim"] as const;
type Change = (typeof CHANGES)[number];

const [slug, framesArg, ...variantArgs] = process.argv.slice(2);
const variants: Variant[] = variantArgs.map((arg) => {
  const label = arg.slice(0, arg.indexOf("="));
  const rest = arg.slice(arg.indexOf("=") + 1);
  const bar = rest.indexOf("|");
  return bar < 0 ? { label, url: rest } : { label, url: rest.slice(0, bar), css: rest.slice(bar + 1) };
});

/** Per frame (one Commit closes one), main-thread CPU ms of each phase; nested events of a phase count once. */
function framesOf(events: TraceEvent[]): Record<Phase, number>[] {
  const main = events.find((e) => e.name === "thread_name" && (e.args as { name?: string } | undefined)?.name === "CrRendererMain");
  const on = events.filter((e) => e.ph === "X" && e.tdur !== undefined && (!main || (e.tid === main.tid && e.pid === main.pid))).sort((a, b) => a.ts - b.ts);
  const frames: Record<Phase, number>[] = [];
  let current = { style: 0, layout: 0, prePaint: 0, paint: 0, commit: 0 };
  let end = -Infinity;
  for (const e of on) {
    const phase = (Object.keys(PHASES) as Phase[]).find((p) => (PHASES[p] as readonly string[]).includes(e.name));
    if (!phase || e.ts < end) continue;
    current[phase] += e.tdur! / 1000;
    end = e.ts + e.dur!;
    if (e.name === "Commit") {
      frames.push(current);
      current = { style: 0, layout: 0, prePaint: 0, paint: 0, commit: 0 };
    }
  }
  return frames;
}

/** Makes `frames` changes of one kind inside the lab, one per animation frame, then waits two idle frames. */
/**
 * Makes `frames` changes of one kind inside the lab, one per animation frame, then waits two idle frames. The page
 * script is a string: tsx would wrap named functions in a helper that does not exist in the page.
 */
async function changeEachFrame(page: Page, change: Change, frames: number): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const change = ${JSON.stringify(change)}, frames = ${frames};
    const lab = document.querySelector("[data-lab-ready]");
    const button = lab.querySelector("button");
    const walker = document.createTreeWalker(lab, NodeFilter.SHOW_TEXT, (n) => ((n.textContent ?? "").trim().length > 3 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP));
    const text = walker.nextNode();
    const original = text.data;
    const dimmed = lab.querySelector("table")?.parentElement?.closest("div") ?? lab;
    const line = document.createElement("p");
    line.textContent = "one more line";
    let n = 0;
    const step = () => {
      const on = n % 2 === 0;
      if (change === "paint") button.style.backgroundColor = on ? "rgb(241 245 249)" : "";
      if (change === "text") text.data = on ? original.toUpperCase() : original;
      if (change === "grow") { if (on) lab.append(line); else line.remove(); }
      if (change === "dim") dimmed.style.opacity = on ? "0.6" : "";
      n += 1;
      if (n < frames) requestAnimationFrame(step);
      else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)));
    };
    requestAnimationFrame(step);
  })`);
}

/** Frame work only: the timeline categories, without the loading ones. */
const traced = (cdp: CDPSession, run: () => Promise<void>) => traceDuring(cdp, run, ["devtools.timeline", "disabled-by-default-devtools.timeline"]);

async function main() {
  const scenario = (await loadLabScenarios()).find((s) => s.slug === slug);
  const frames = Number(framesArg);
  if (!scenario || !(frames > 0) || variants.length === 0) throw new Error("usage: tsx bench/frame-cost.ts <slug> <frames> <label>=<url>[|<css>] …");
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const rows: string[] = [];
  try {
    for (const variant of variants) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${variant.url}/lessons/${scenario.slug}${scenario.urlSuffix ?? ""}`, { waitUntil: "load", timeout: 120_000 });
        await scenario.ready(page);
        if (variant.css) await page.addStyleTag({ content: variant.css });
        await page.locator("[data-lab-ready]").scrollIntoViewIfNeeded();
        const stats = await page.evaluate(() => ({ elements: document.querySelectorAll("*").length }));
        const cdp = await context.newCDPSession(page);
        for (const change of CHANGES) {
          const got = framesOf(await traced(cdp, () => changeEachFrame(page, change, frames))).filter((f) => f.style + f.layout + f.prePaint + f.paint > 0.05);
          const phases = Object.keys(PHASES) as Phase[];
          const med = phases.map((p) => median(got.map((f) => f[p])));
          const total = median(got.map((f) => phases.reduce((s, p) => s + f[p], 0)));
          rows.push(`| ${variant.label} | ${change} | ${got.length} | ${med.map((m) => m.toFixed(2)).join(" | ")} | ${total.toFixed(2)} |`);
        }
        console.error(`[frame-cost] ${variant.label}: ${stats.elements} elements`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`| Variant | Change | Frames | ${Object.keys(PHASES).join(" | ")} | Total (ms CPU, median) |`);
  console.log(`| --- | --- | ---: | ${Object.keys(PHASES).map(() => "---:").join(" | ")} | ---: |`);
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
