import { loadBrowserIndex, searchBrowserIndex } from "./browser-index";
import { parseQuery, type SearchHit } from "./query";

/** How many suggestions the header's search shows. */
export const SUGGESTION_LIMIT = 8;

/** The browser's search over a parsed index: at most SUGGESTION_LIMIT hits, none for a query that does not parse. */
export function openSearcher(indexJson: string): (query: string) => SearchHit[] {
  const index = loadBrowserIndex(indexJson);
  return (query) => {
    const parsed = parseQuery(query);
    return parsed.ok ? searchBrowserIndex(index, parsed.query, SUGGESTION_LIMIT) : [];
  };
}

/** What the search worker answers for a query: its hits, or that the index could not be loaded. */
export type SearchAnswer = { query: string; hits: SearchHit[] } | { query: string; failed: true };

/**
 * The search worker's side of the conversation (components/search/search-worker.ts), apart from the worker so it
 * can be tested: loading starts at once; queries asked before the index is ready are not answered one by one, only
 * the latest is, once it is ready (the box shows only the answer for what is typed now); after that every query
 * is answered as it comes. If loading fails, every query is answered with `failed`.
 */
export function createSearchService(loadIndex: () => Promise<string>, answer: (message: SearchAnswer) => void): (query: string) => void {
  let search: ((query: string) => SearchHit[]) | null = null;
  let failed = false;
  let pending: string | null = null;

  const reply = (query: string) => answer(search ? { query, hits: search(query) } : { query, failed: true });

  loadIndex()
    .then((json) => {
      search = openSearcher(json);
    })
    .catch(() => {
      failed = true;
    })
    .then(() => {
      if (pending !== null) reply(pending);
      pending = null;
    });

  return (query) => {
    if (search || failed) reply(query);
    else pending = query;
  };
}
