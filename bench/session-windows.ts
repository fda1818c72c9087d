/**
 * The session-windows lab's figure: sessionizing 1,000,000 events over 10,000 keys (the goal: under 1 s in
 * Node), by sorting once and merging in one pass, next to the naive way (scan the key's open sessions for every
 * event), at growing sizes so the growth shows. CPU time, median of 5 runs (of 3 for the naive way at 1M).
 * Run: npm run bench:session-windows
 */
import { mulberry32 } from "../app/_lib/random/seeded";
import { engines } from "../app/_lib/labs/session-windows/engines";
import { sessionizeNaive } from "../app/_lib/labs/session-windows/naive";
import { sessionize, sessionizeColumns, type WindowEvent } from "../app/_lib/labs/session-windows/sessionize";

const KEYS = 10_000;
const GAP = 30;

/** Seeded events: each key gets bursts of activity, times up to one day, in random arrival order. */
function workload(n: number, seed = 14) {
  const next = mulberry32(seed);
  const keys = new Int32Array(n);
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = Math.floor(next() * KEYS);
    // Bursts: most events fall near one of 24 hourly centres, so sessions hold several events.
    times[i] = Math.floor(Math.floor(next() * 24) * 3600 + next() * next() * 600);
  }
  return { keys, times };
}

function cpu<T>(run: () => T): { ms: number; result: T } {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
}

function median(run: () => unknown, times: number): { median: number; min: number; max: number } {
  const all: number[] = [];
  for (let i = 0; i < times; i++) all.push(cpu(run).ms);
  all.sort((x, y) => x - y);
  return { median: all[Math.floor(all.length / 2)]!, min: all[0]!, max: all.at(-1)! };
}

const fmt = (r: { median: number; min: number; max: number }) => `${r.median.toFixed(0)} ms (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)})`;

console.log(`${KEYS.toLocaleString("en-US")} keys, gap ${GAP} s, CPU time, median of runs; Node ${process.version}`);
console.log("| Events | Sort once + one pass (columns) | Sort once + one pass (objects) | Naive (scan open sessions per event) | Sessions (Kafka / Flink / Beam) |");
console.log("| ---: | ---: | ---: | ---: | ---: |");
for (const n of [10_000, 100_000, 1_000_000]) {
  const { keys, times } = workload(n);
  const objects: WindowEvent[] = Array.from(keys, (k, i) => ({ key: `k${k}`, t: times[i]! }));
  const counts = engines.map((engine) => sessionizeColumns(keys, times, KEYS, GAP, engine).count);
  const check = sessionize(objects, GAP, "kafka").length;
  if (check !== counts[0]) throw new Error(`the column and object sessionizers disagree: ${counts[0]} vs ${check}`);
  sessionizeColumns(keys, times, KEYS, GAP, "kafka"); // warm up the JIT
  const columns = median(() => sessionizeColumns(keys, times, KEYS, GAP, "kafka"), 5);
  const objectsTime = median(() => sessionize(objects, GAP, "kafka"), n >= 1_000_000 ? 3 : 5);
  const naive = median(() => sessionizeNaive(objects, GAP, "kafka"), n >= 1_000_000 ? 3 : 5);
  console.log(`| ${n.toLocaleString("en-US")} | ${fmt(columns)} | ${fmt(objectsTime)} | ${fmt(naive)} | ${counts.map((c) => c.toLocaleString("en-US")).join(" / ")} |`);
}
