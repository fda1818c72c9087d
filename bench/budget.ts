/**
 * `npm run bench:budget`: the deterministic budgets of issue 4, checked against an existing
 * production build (NEXT_DIST_DIR, default .next). Starts `next start` on a free loopback port,
 * weighs every route, prints the figures and exits 1 naming each page and figure over budget.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { checkBudgets } from "./lib/budget-rules";
import { freePort, OUT_DIR, startNext } from "./lib/next-server";
import { measurePage, type PageWeight } from "./lib/page-weight";
import { benchRoutes } from "./lib/routes";
import { budgetTable, weightTable } from "./lib/weight-report";

async function main(): Promise<number> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const port = await freePort(Number(process.env.BENCH_PORT) || 0);
  const dataDir = path.join(OUT_DIR, `budget-data-${process.pid}`);
  const server = await startNext(distDir, port, {
    ...process.env,
    DATA_DIR: dataDir,
    // A throwaway secret: the budget run must not create or read the site's own.
    SESSION_SECRET: randomBytes(32).toString("base64url"),
  });
  let pages: PageWeight[];
  try {
    const cache = new Map();
    pages = [];
    for (const route of await benchRoutes()) pages.push(await measurePage(server.url, route, cache));
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const violations = checkBudgets(pages);
  console.log(`\nPage weight (build in ${distDir}/; kB = 1000 bytes; gzip level 6)\n`);
  console.log(weightTable(pages));
  console.log("\nBudgets\n");
  console.log(budgetTable(pages, violations));
  if (violations.length > 0) {
    console.error(`\nbench:budget FAILED (${violations.length}):`);
    for (const v of violations) console.error(`  - ${v.page}: ${v.figure}: ${v.message}`);
    return 1;
  }
  console.log("\nbench:budget passed: every page is within its budgets.");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:budget could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
