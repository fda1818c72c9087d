import { loadBrowserIndex, searchBrowserIndex } from "@/app/_lib/search/browser-index";
import { parseQuery, type SearchHit } from "@/app/_lib/search/query";

/**
 * The browser side of search, loaded with its index only when the learner opens search (a dynamic import),
 * so no page's first-load JavaScript carries it or the index. It searches the index's arrays directly and
 * imports nothing from MiniSearch (engine.ts), which stays on the server.
 */
export function openSearcher(indexJson: string): (query: string) => SearchHit[] {
  const index = loadBrowserIndex(indexJson);
  return (query) => {
    const parsed = parseQuery(query);
    return parsed.ok ? searchBrowserIndex(index, parsed.query, 8) : [];
  };
}

export const kindLabel: Record<SearchHit["kind"], string> = {
  section: "Lesson section",
  term: "Glossary term",
  quiz: "Quiz question",
};

type Props = {
  listId: string;
  hits: SearchHit[];
  active: number;
  query: string;
  optionId: (index: number) => string;
  onPick: (hit: SearchHit) => void;
};

/** The suggestions under the header's search box: a listbox driven from the box by arrow keys. */
export function SearchSuggestions({ listId, hits, active, query, optionId, onPick }: Props) {
  return (
    <div className="absolute inset-x-0 top-full z-50 mt-1 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg sm:left-auto sm:w-[28rem] dark:border-slate-700 dark:bg-slate-900">
      <p role="status" className="border-b border-slate-100 px-3 py-2 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
        {hits.length === 0
          ? `Nothing matches “${query}”. Try another word.`
          : `${hits.length === 8 ? "Top 8" : hits.length} result${hits.length === 1 ? "" : "s"}: arrow keys to choose, Enter to open.`}
      </p>
      {hits.length > 0 && (
        <ul id={listId} role="listbox" aria-label="Search suggestions" className="max-h-[60vh] overflow-y-auto py-1">
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: a click would first blur the box and close the list under the pointer.
              onMouseDown={(event) => {
                event.preventDefault();
                onPick(hit);
              }}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-sky-50 outline-2 -outline-offset-2 outline-sky-700 dark:bg-sky-950 dark:outline-sky-400" : ""}`}
            >
              <span className="block text-sm font-semibold text-slate-900 dark:text-slate-100">{hit.title}</span>
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                {kindLabel[hit.kind]} · {hit.context}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
