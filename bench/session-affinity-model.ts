/**
 * The session-affinity model's speed: one 10,000-client round after a topology change (a node marked
 * down), per balancer, median of 9 runs after 3 warm-ups. The bar is under 50 ms in Node.
 * Run: npx tsx bench/session-affinity-model.ts
 */
import { advance, simulate, STRATEGIES } from "../app/_lib/labs/session-affinity/simulation";

const rows: string[] = [];
for (const strategy of STRATEGIES) {
  const times: number[] = [];
  for (let run = 0; run < 12; run++) {
    const sim = simulate({ strategy, weights: new Array(10).fill(1), clients: 10_000, natPercent: 20, seed: 7, events: [] });
    const start = performance.now();
    advance(sim, { kind: "kill", node: 3 });
    if (run >= 3) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  rows.push(`| ${strategy} | ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms | ${times.at(-1)!.toFixed(1)} ms |`);
}
console.log(["| balancer | median | slowest |", "|---|---|---|", ...rows].join("\n"));
