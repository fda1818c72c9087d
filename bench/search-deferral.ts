/**
 * Why the cold search waits for the typing to end, without the site: a bare page whose input's focus starts a
 * fetch (150 kB of JSON) and a dynamic import, typed into at 4x CPU the way `npm run bench:search` types (each
 * key as soon as the last is handled). Prints, per round, when each key, the module's evaluation and the fetch's
 * body landed, in ms after the focus. On Chromium 156 both landed after the last key in every round (bench/FINDINGS.md,
 * "Search: the cold open and the typing"): input and frames run first while keys keep coming, whatever the page does.
 * Usage: `npx tsx bench/search-deferral.ts [rounds] [--type-delay-ms=N]`.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../tools/chromium";
import { CPU_THROTTLE } from "./lib/main-thread";

const rounds = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 3);
const delayArg = process.argv.slice(2).find((arg) => arg.startsWith("--type-delay-ms="));
const delay = delayArg ? Number(delayArg.slice("--type-delay-ms=".length)) : undefined;

const page = `<!doctype html><input id="q" aria-label="q"><script>
window.log = [];
const note = (what) => log.push([performance.now(), what]);
let started = false;
q.addEventListener("focus", () => {
  note("focus");
  if (started) return;
  started = true;
  fetch("/data.json").then((r) => r.text()).then((t) => note("fetch body read (" + t.length + " chars)"));
  import("/module.js").then(() => note("import resolved"));
});
q.addEventListener("keydown", (e) => note("key " + e.key));
</script>`;
const data = JSON.stringify({ terms: Array.from({ length: 15_000 }, (_, i) => `term${i}`), postings: Array.from({ length: 15_000 }, (_, i) => [i, 1]) });
const moduleSource = "window.log.push([performance.now(), 'module evaluated']); export {};";
const bodies: Record<string, [string, string]> = { "/": ["text/html", page], "/data.json": ["application/json", data], "/module.js": ["text/javascript", moduleSource] };

const server = createServer((request, response) => {
  const body = bodies[request.url ?? ""];
  if (!body) return void response.writeHead(404).end();
  response.writeHead(200, { "content-type": body[0], "cache-control": "no-store" }).end(body[1]);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (let round = 1; round <= rounds; round += 1) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(url, { waitUntil: "networkidle" });
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
    await tab.locator("#q").focus();
    await tab.keyboard.type("cookie", { delay });
    await tab.waitForFunction("window.log.length >= 9");
    const log = (await tab.evaluate("window.log")) as [number, string][];
    const focus = log[0]![0];
    console.log(`round ${round}: ${log.map(([at, what]) => `${Math.round(at - focus)} ${what}`).join(" | ")}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
