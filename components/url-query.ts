/**
 * The page's query string, for client components that keep their state in the address bar (every lab, the
 * sandbox's tabs), so that a link reproduces what the learner saw.
 */

/** The value of `?<name>=` in the current address, or null when it is absent (or on the server). */
export function queryParam(name: string): string | null {
  if (typeof window === "undefined") return null;
  return new URLSearchParams(window.location.search).get(name);
}

/**
 * Sets `?<name>=` in the address bar (null removes it), without a request or a new history entry. `edit` may change
 * the rest of the URL in the same write (a fragment the new state replaces). The history entry keeps its state
 * object: Next's router keeps its own there, and back and forward rely on it.
 */
export function replaceQueryParam(name: string, value: string | null, edit?: (url: URL) => void): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  edit?.(url);
  window.history.replaceState(window.history.state, "", url);
}
