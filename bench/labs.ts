/**
 * `npm run bench:labs [slug…]`: every lab interaction's event duration at 4x CPU throttling (the lesson bar's
 * < 100 ms), measured against the site's own production build (`npm run build` first; NEXT_DIST_DIR to use
 * another). Prints a table; `npm run bench` includes the same section in bench/REPORT.md.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { labInteractionTable, measureLabInteractions } from "./lib/lab-interactions";
import { freePort, OUT_DIR, startNext } from "./lib/next-server";

async function main(): Promise<void> {
  const dataDir = path.join(OUT_DIR, "labs-data");
  const port = await freePort(Number(process.env.BENCH_PORT) || 3208);
  const next = await startNext(process.env.NEXT_DIST_DIR || ".next", port, {
    ...process.env,
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    SESSION_SECRET: randomBytes(32).toString("base64url"),
  });
  try {
    const rows = await measureLabInteractions(next.url, (m) => console.error(`[bench:labs] ${m}`), process.argv.slice(2));
    console.log(labInteractionTable(rows));
  } finally {
    await next.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:labs failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
