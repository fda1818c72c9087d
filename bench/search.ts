/**
 * `npm run bench:search`: the search index's size and the time from opening search to its first results at
 * 4x CPU throttling, against the site's production build (`npm run build` first; NEXT_DIST_DIR for another).
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { freePort, OUT_DIR, startNext } from "./lib/next-server";
import { measureSearch, searchTimingTable } from "./lib/search-timing";

async function main(): Promise<void> {
  const dataDir = path.join(OUT_DIR, "search-data");
  const port = await freePort(Number(process.env.BENCH_PORT) || 3209);
  const next = await startNext(process.env.NEXT_DIST_DIR || ".next", port, {
    ...process.env,
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    SESSION_SECRET: randomBytes(32).toString("base64url"),
  });
  try {
    console.log(searchTimingTable(await measureSearch(next.url, (m) => console.error(`[bench:search] ${m}`))));
  } finally {
    await next.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:search failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
