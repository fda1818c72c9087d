/**
 * Where the cold search time goes: opens search on the home page at 4x CPU like `npm run bench:search`, records a
 * Chromium trace, and prints the index and chunk fetch timings, the main-thread tasks (> 1.5 ms) between the focus
 * that opens search and the first suggestion, and the top self times from the trace's CPU profile.
 * Usage, against a running `next start`: `npx tsx bench/search-trace.ts http://127.0.0.1:3201 [rounds]`.
 */
// Trace events are untyped JSON.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../tools/chromium";
import { startTrace } from "./lib/trace";

const base = process.argv[2] ?? "http://127.0.0.1:3201";
const rounds = Number(process.argv[3] ?? 2);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (let r = 0; r < rounds; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener("focusin", (event) => {
      if ((event.target as Element).getAttribute?.("role") === "combobox" && !(window as any).__o) { (window as any).__o = event.timeStamp; performance.mark("S-open"); }
    });
    new MutationObserver(() => {
      if ((window as any).__r === undefined && document.querySelector('[role="listbox"] [role="option"]')) { (window as any).__r = performance.now(); performance.mark("S-results"); }
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener("keydown", (e) => performance.mark("S-key-" + e.key), true);
  });
  await page.goto(base, { waitUntil: "networkidle" });
  // As in search-timing.ts: Playwright's main-world helper is compiled before the clock starts, not inside it.
  await page.waitForFunction(() => true);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const stopTrace = await startTrace(cdp, ["devtools.timeline", "v8.execute", "blink.user_timing", "disabled-by-default-devtools.timeline", "disabled-by-default-v8.cpu_profiler"]);
  const box = page.getByRole("banner").getByRole("combobox", { name: "Search the course" });
  await box.focus();
  await page.keyboard.type("cookie");
  await page.waitForFunction(() => (window as any).__r !== undefined);
  const total = await page.evaluate(() => (window as any).__r - (window as any).__o);
  const res = await page.evaluate(() => {
    const o = (window as any).__o;
    return performance.getEntriesByType("resource").filter((e: any) => e.startTime >= o - 5).map((e: any) => ({ name: e.name.replace(/^https?:\/\/[^/]+/, ""), start: Math.round(e.startTime - o), reqStart: Math.round(e.requestStart - o), respStart: Math.round(e.responseStart - o), end: Math.round(e.responseEnd - o), size: e.transferSize, decoded: e.decodedBodySize }));
  });
  const events: any[] = await stopTrace();
  console.log(`\n=== round ${r + 1}: total ${total.toFixed(1)} ms`);
  console.table(res);
  const marks = events.filter((e) => e.cat?.includes("blink.user_timing") && e.name.startsWith("S-"));
  const open = marks.find((m) => m.name === "S-open");
  const t0 = open.ts;
  const t1 = marks.find((m) => m.name === "S-results").ts;
  for (const m of marks) console.log("mark", m.name, ((m.ts - t0) / 1000).toFixed(1));
  // Main thread of the renderer: the thread the marks came from.
  const main = events.filter((e) => e.pid === open.pid && e.tid === open.tid && e.ph === "X" && e.ts + (e.dur ?? 0) >= t0 && e.ts <= t1);
  const top = main.filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask");
  let busy = 0; for (const t of top) busy += Math.min(t.ts + t.dur, t1) - Math.max(t.ts, t0);
  console.log("main thread busy (ms)", (busy / 1000).toFixed(1), "of", ((t1 - t0) / 1000).toFixed(1));
  const interesting = main.filter((e) => ["FunctionCall", "EvaluateScript", "v8.compile", "v8.compileModule", "ParseHTML", "Layout", "UpdateLayoutTree", "Paint", "EventDispatch", "TimerFire", "FireAnimationFrame", "ResourceReceivedData", "v8.run", "RunMicrotasks", "V8.GC_SCAVENGER", "MinorGC", "MajorGC", "v8.parseOnBackground", "ScheduleStyleRecalculation", "HitTest", "XHRLoad", "PrePaint", "Commit", "Layerize"].includes(e.name));
  for (const e of interesting.filter((e) => e.dur > 1500)) {
    const d = e.args?.data ?? {};
    console.log(((e.ts - t0) / 1000).toFixed(1).padStart(7), (e.dur / 1000).toFixed(1).padStart(6), e.name, (d.url ?? d.functionName ?? d.type ?? "").toString().replace(/^https?:\/\/[^/]+/, "").slice(0, 80));
  }
  // Self time from the CPU profile samples
  const chunks = events.filter((e) => e.name === "ProfileChunk" && e.pid === open.pid);
  const nodes = new Map<number, any>(); const samples: number[] = []; const deltas: number[] = [];
  for (const c of chunks) {
    const cp = c.args?.data?.cpuProfile; if (!cp) continue;
    for (const n of cp.nodes ?? []) nodes.set(n.id, n);
    samples.push(...(cp.samples ?? [])); deltas.push(...(c.args.data.timeDeltas ?? []));
  }
  const profStart = events.find((e) => e.name === "Profile" && e.pid === open.pid)?.args?.data?.startTime;
  if (profStart) {
    let t = profStart; const self = new Map<string, number>();
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i]!; if (t < t0 || t > t1) continue;
      const n = nodes.get(samples[i]!); const f = n?.callFrame; const key = `${f?.functionName || "(anon)"} ${(f?.url ?? "").replace(/^https?:\/\/[^/]+/, "").slice(-40)}:${f?.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0));
    }
    console.log("top self time (ms):");
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(7), k);
  }
  await context.close();
}
await browser.close();
