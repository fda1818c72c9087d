/**
 * `tsx bench/labs-ab.ts <rounds> <label>=<base-url> <label>=<base-url> [slug…]`: a diagnostic (not part of `npm run
 * bench`) that compares running builds on `npm run bench:labs`'s own measurement, interleaved: each round measures
 * every variant in turn (3 fresh loads each, as bench:labs does), so load on the shared machine hits them alike.
 * Prints, per interaction and variant, the median and the max of all loads, and how many loads were under 100 ms.
 * Start the servers first (`next start` of each build); run it under `flock /work/wt/heavy`.
 */
import { LAB_INTERACTION_GOAL_MS, measureLabInteractions, formatDuration } from "./lib/lab-interactions";
import { median } from "./lib/stats";
import { loadavg } from "node:os";

const [roundsArg, ...rest] = process.argv.slice(2);
const variants = rest.filter((a) => a.includes("=")).map((a) => ({ label: a.slice(0, a.indexOf("=")), url: a.slice(a.indexOf("=") + 1) }));
const slugs = rest.filter((a) => !a.includes("="));
const rounds = Number(roundsArg);

async function main() {
  if (!rounds || variants.length === 0) throw new Error("usage: tsx bench/labs-ab.ts <rounds> <label>=<url> … [slug…]");
  const seen = new Map<string, Map<string, number[]>>();
  const loads: string[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    for (const variant of variants) {
      loads.push(`${variant.label} r${round} ${new Date().toISOString().slice(11, 19)} load ${loadavg()[0]!.toFixed(2)}`);
      const rows = await measureLabInteractions(variant.url, (m) => console.error(`[${variant.label} r${round}] ${m}`), slugs);
      for (const row of rows) {
        const key = `${row.slug} | ${row.interaction}`;
        const byVariant = seen.get(key) ?? new Map<string, number[]>();
        byVariant.set(variant.label, [...(byVariant.get(variant.label) ?? []), ...row.durationsMs.filter((d): d is number => d !== null)]);
        seen.set(key, byVariant);
      }
    }
  }
  console.log(loads.join("\n"));
  console.log(`\n| Interaction | ${variants.map((v) => `${v.label}: median / max (under ${LAB_INTERACTION_GOAL_MS})`).join(" | ")} |`);
  console.log(`| --- | ${variants.map(() => "---").join(" | ")} |`);
  for (const [key, byVariant] of seen) {
    const cells = variants.map((v) => {
      const d = byVariant.get(v.label) ?? [];
      if (d.length === 0) return "—";
      return `${formatDuration(median(d))} / ${formatDuration(Math.max(...d))} (${d.filter((x) => x < LAB_INTERACTION_GOAL_MS).length}/${d.length})`;
    });
    console.log(`| ${key} | ${cells.join(" | ")} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
