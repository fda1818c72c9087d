/**
 * Two builds' cold (typed and entered at once) and warm search times, measured interleaved so both see the same machine load: one round of
 * `npm run bench:search`'s measurement on each server in turn (the first alternating), `pairs` times.
 * Usage, against two running `next start`s: `npx tsx bench/search-compare.ts main=http://127.0.0.1:4101
 * branch=http://127.0.0.1:4102 [pairs] [--hover-ms=N] [--type-delay-ms=N]`. Prints medians, every run and the load average before and after.
 */
import { loadavg } from "node:os";
import { measureSearch, SEARCH_GOAL_MS } from "./lib/search-timing";
import { median } from "./lib/stats";

const servers = process.argv.slice(2).filter((arg) => arg.includes("=") && !arg.startsWith("--")).map((arg) => {
  const [label, url] = arg.split(/=(.*)/s) as [string, string];
  return { label, url, cold: [] as number[], coldAtOnce: [] as number[], warm: [] as number[], indexBytes: 0, indexGzipBytes: 0 };
});
const pairs = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 7);
// --hover-ms=N: point at the box N ms before focusing it (see SearchTimingOptions); the clock still starts at focus.
const hoverArg = process.argv.slice(2).find((arg) => arg.startsWith("--hover-ms="));
const hoverMs = hoverArg ? Number(hoverArg.slice("--hover-ms=".length)) : undefined;
// --type-delay-ms=N: N ms between key presses (see SearchTimingOptions); unset, each key as soon as the last is handled.
const delayArg = process.argv.slice(2).find((arg) => arg.startsWith("--type-delay-ms="));
const typeDelayMs = delayArg ? Number(delayArg.slice("--type-delay-ms=".length)) : undefined;
if (servers.length !== 2) throw new Error("usage: search-compare.ts A=URL B=URL [pairs]");

const load = () => loadavg().map((l) => l.toFixed(2)).join(" / ");
const loadBefore = load();
for (let pair = 0; pair < pairs; pair += 1) {
  const order = pair % 2 === 0 ? servers : [...servers].reverse();
  for (const server of order) {
    const timing = await measureSearch(server.url, (m) => console.error(`[${server.label}, pair ${pair + 1}/${pairs}] ${m}`), 1, { hoverMs, typeDelayMs });
    server.cold.push(...timing.coldMs);
    server.coldAtOnce.push(...timing.coldAtOnceMs);
    server.warm.push(...timing.warmMs);
    server.indexBytes = timing.indexBytes;
    server.indexGzipBytes = timing.indexGzipBytes;
  }
}
const runs = (values: number[]) => values.map((v) => Math.round(v)).join(", ");
console.log(`Load average (1 / 5 / 15 min): ${loadBefore} before, ${load()} after; ${pairs} interleaved rounds each${hoverMs === undefined ? "" : `; pointer on the box ${hoverMs} ms before the focus`}${typeDelayMs === undefined ? "" : `; ${typeDelayMs} ms between key presses`}.\n`);
console.log(
  `| Build | Index kB (gzip) | Cold median ms | Cold runs | Cold at once median ms | Cold at once runs | Warm median ms | Warm runs | Cold < ${SEARCH_GOAL_MS} ms |`,
);
console.log("| --- | ---: | ---: | --- | ---: | --- | ---: | --- | --- |");
for (const s of servers) {
  const cold = median(s.cold);
  console.log(`| ${s.label} | ${(s.indexBytes / 1024).toFixed(1)} (${(s.indexGzipBytes / 1024).toFixed(1)}) | ${Math.round(cold)} | ${runs(s.cold)} | ${Math.round(median(s.coldAtOnce))} | ${runs(s.coldAtOnce)} | ${Math.round(median(s.warm))} | ${runs(s.warm)} | ${cold < SEARCH_GOAL_MS ? "yes" : "no"} |`);
}
