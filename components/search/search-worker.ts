import { createSearchService, type SearchAnswer } from "@/app/_lib/search/search-service";

/**
 * The header search's worker: fetches and parses the index and answers each query with its suggestions, off the
 * page's main thread. There, while the learner types, Chromium runs input and rendering before any loading task:
 * a fetch or a script started by the focus finished only once the typing stopped (bench/FINDINGS.md, "Search:
 * cold open"). A worker's fetch and parse do not wait for that, and its answer is a message the box renders at once.
 */
// The project's TypeScript lib is the DOM's; these are the two members of a dedicated worker's scope used here.
const scope = self as unknown as { postMessage(message: SearchAnswer): void; onmessage: ((event: MessageEvent<string>) => void) | null };

async function fetchIndex(): Promise<string> {
  const response = await fetch("/search-index.json");
  if (!response.ok) throw new Error(`the search index answered ${response.status}`);
  return response.text();
}

const ask = createSearchService(fetchIndex, (answer) => scope.postMessage(answer));
scope.onmessage = (event) => ask(event.data);
