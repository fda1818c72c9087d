/**
 * `tsx bench/load-variants.ts <base-url> '<variants JSON>' [rounds]`: what a page's load costs at 4x CPU when one
 * thing is taken away, measured as the bench measures it (trace long tasks, 412 px phone viewport) against a running
 * `next start`. A diagnostic, not part of `npm run bench`.
 * Each variant is `{ "path": "/lessons/session", "css": "<rules>", "script": "<JS>", "abort": "<URL regex>" }`: the
 * rules go in an adopted stylesheet from the document's creation (the HTML itself is untouched, so it streams as it does
 * for a reader), the script runs at the document's creation too (before any of the page's own), and matching requests
 * are aborted. Variants run interleaved round by round; medians are printed with
 * every run, and the number of SVG images requested by the end of the settle time.
 * Example: '{"baseline":{"path":"/baseline"},"lesson":{"path":"/lessons/session"},
 *   "no prose":{"path":"/lessons/session","css":"[class*=_prose] > * {display:none!important}"}}'
 * Run it alone: on two shared cores, another process's work moves these figures by ±100 ms.
 */
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../tools/chromium";
import { traceLoad } from "./lib/main-thread";
import { median } from "./lib/stats";
import { pageMainThread, summariseTasks } from "./lib/trace";

type Variant = { path: string; css?: string; script?: string; abort?: string };
type Runs = { blocking: number[]; afterFcp: number[]; longTasks: number[]; styleLayout: number[]; svgs: number[] };

const [baseUrl = "http://127.0.0.1:3201", variantsJson = "{}", roundsArg = "8"] = process.argv.slice(2);
const variants = JSON.parse(variantsJson) as Record<string, Variant>;
const rounds = Number(roundsArg);

const results = new Map<string, Runs>(Object.keys(variants).map((name) => [name, { blocking: [], afterFcp: [], longTasks: [], styleLayout: [], svgs: [] }]));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (let round = 0; round < rounds; round++) {
    for (const [name, variant] of Object.entries(variants)) {
      let svgs = 0;
      const url = baseUrl + variant.path;
      const events = await traceLoad(browser, url, async (page) => {
        if (variant.css) {
          await page.addInitScript(`(() => { const sheet = new CSSStyleSheet(); sheet.replaceSync(${JSON.stringify(variant.css)}); document.adoptedStyleSheets = [sheet]; })()`);
        }
        if (variant.script) await page.addInitScript(variant.script);
        if (variant.abort) await page.route(new RegExp(variant.abort), (route) => route.abort());
        page.on("request", (request) => {
          if (new URL(request.url()).pathname.endsWith(".svg")) svgs++;
        });
      });
      const tasks = summariseTasks(events, url);
      const thread = pageMainThread(events, url)!;
      const styleLayoutUs = events
        .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === "X" && (e.name === "UpdateLayoutTree" || e.name === "Layout"))
        .reduce((sum, e) => sum + (e.dur ?? 0), 0);
      const runs = results.get(name)!;
      runs.blocking.push(tasks.blockingMs);
      if (tasks.blockingAfterFcpMs !== null) runs.afterFcp.push(tasks.blockingAfterFcpMs);
      runs.longTasks.push(tasks.longTasksMs.reduce((sum, d) => sum + d, 0));
      runs.styleLayout.push(Math.round(styleLayoutUs / 1000));
      runs.svgs.push(svgs);
    }
  }
} finally {
  await browser.close();
}
for (const [name, runs] of results) {
  console.log(
    `${name}: blocking ${median(runs.blocking)} ms (${runs.blocking.join(", ")}); from first paint ${median(runs.afterFcp)} ms; ` +
      `long tasks ${median(runs.longTasks)} ms; ` +
      `style + layout ${median(runs.styleLayout)} ms; SVGs requested ${runs.svgs.join(", ")}`,
  );
}
