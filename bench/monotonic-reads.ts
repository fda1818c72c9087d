/**
 * The monotonic-reads lab's figures: the checker's time on a 100,000-operation history, and the
 * violation rate per routing strategy on the lab's default seeded run of 1,000 operations.
 * Run: npm run bench:monotonic-reads
 */
import { checkHistory } from "../app/_lib/labs/monotonic-reads/checker";
import { defaultConfig, validateConfig } from "../app/_lib/labs/monotonic-reads/config";
import { compareStrategies, simulate } from "../app/_lib/labs/monotonic-reads/simulate";

const { config } = validateConfig({ ...defaultConfig, ops: 100_000, strategy: "random" });
const { history } = simulate(config);
checkHistory(history); // warm up the JIT once
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = process.cpuUsage();
  const result = checkHistory(history);
  const used = process.cpuUsage(start);
  times.push((used.user + used.system) / 1000);
  if (result.readCount + result.writeCount !== 100_000) throw new Error("the checker skipped operations");
}
times.sort((a, b) => a - b);
console.log(`checker, 100,000 operations: median ${times[2]!.toFixed(0)} ms CPU (min ${times[0]!.toFixed(0)}, max ${times[4]!.toFixed(0)}) over 5 runs`);

const rows = compareStrategies(validateConfig({ ...defaultConfig, ops: 1_000 }).config);
console.log(`seeded run: seed ${defaultConfig.seed}, lags ${defaultConfig.lags.join("/")} ms, ${defaultConfig.clients} clients, ${defaultConfig.writePercent}% writes, 1,000 operations`);
for (const row of rows) {
  const c = row.check.counts;
  console.log(
    `  ${row.strategy.padEnd(7)} ${(row.rate * 100).toFixed(1).padStart(5)}% of ${row.reads} reads break RYW or MR` +
      ` (RYW ${c.RYW}, MR ${c.MR}, WFR ${c.WFR}, MW ${c.MW}); stale ${row.stats.staleReads}, mean ${row.stats.meanBehind.toFixed(2)} versions behind`,
  );
}
