/**
 * `npm run bench:search`: the search index's size and the time from opening search to its first results at
 * 4x CPU throttling, against the site's production build (`npm run build` first; NEXT_DIST_DIR for another).
 */
import { runSectionScript } from "./lib/next-server";
import { measureSearch, searchTimingTable } from "./lib/search-timing";

runSectionScript("search", 3209, async (url, log) => searchTimingTable(await measureSearch(url, log)));
