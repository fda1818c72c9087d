/**
 * `npm run bench:labs [slug…]`: every lab interaction's event duration at 4x CPU throttling (the lesson bar's
 * < 100 ms), measured against the site's own production build (`npm run build` first; NEXT_DIST_DIR to use
 * another). Prints a table; `npm run bench` includes the same section in bench/REPORT.md.
 */
import { labInteractionTable, measureLabInteractions } from "./lib/lab-interactions";
import { runSectionScript } from "./lib/next-server";

runSectionScript("labs", 3208, async (url, log) => labInteractionTable(await measureLabInteractions(url, log, process.argv.slice(2))));
