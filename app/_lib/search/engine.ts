import MiniSearch, { type Options, type SearchOptions } from "minisearch";
import { searchBrowserIndex, type BrowserIndex, type LoadedBrowserIndex } from "./browser-index";
import { RESULT_LIMIT, type SearchDocument, type SearchHit } from "./query";
import { BM25, byScoreThenId, FIELD_BOOSTS, fuzziness, MATCH_WEIGHTS, MAX_FUZZY, processTerm, SEARCH_FIELDS, tokenize } from "./ranking";

export { loadBrowserIndex, type BrowserIndex, type LoadedBrowserIndex } from "./browser-index";
export { MAX_QUERY_LENGTH, parseQuery, RESULT_LIMIT, type SearchDocument, type SearchHit } from "./query";

const EXCERPT_LENGTH = 140;

type Stored = SearchDocument & { excerpt: string };

// Every rule from ranking.ts, which the browser's direct search (browser-index.ts) applies too; it always
// matches prefixes and requires every word, as `prefix` and `combineWith` say here.
const searchOptions: SearchOptions = {
  boost: FIELD_BOOSTS,
  prefix: true,
  fuzzy: fuzziness,
  maxFuzzy: MAX_FUZZY,
  weights: MATCH_WEIGHTS,
  bm25: BM25,
  combineWith: "AND",
};

const options: Options<Stored> = {
  fields: [...SEARCH_FIELDS],
  storeFields: ["kind", "title", "context", "href", "excerpt"],
  tokenize,
  processTerm,
  searchOptions,
};

/** The first words of a text, cut at a word boundary. */
export function excerptOf(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 80 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

export function buildIndex(documents: SearchDocument[]): MiniSearch<Stored> {
  const index = new MiniSearch<Stored>(options);
  index.addAll(documents.map((document) => ({ ...document, excerpt: excerptOf(document.summary ?? document.text) })));
  return index;
}

/** The whole index as MiniSearch's own JSON (with excerpts): for tests and tools, not what the browser loads. */
export function serializeIndex(index: MiniSearch<Stored>): string {
  return JSON.stringify(index);
}

export function loadIndex(json: string): MiniSearch<Stored> {
  return MiniSearch.loadJSON<Stored>(json, options);
}

/**
 * The browser's index (`BrowserIndex`, browser-index.ts) from the server's: MiniSearch's postings as flat
 * arrays, the words sorted for binary search, documents renumbered by position.
 */
export function serializeBrowserIndex(index: MiniSearch<Stored>): string {
  const js = index.toJSON();
  const fieldIds = SEARCH_FIELDS.map((field) => js.fieldIds[field]!);
  const shortIds = Object.keys(js.documentIds);
  const position = new Map(shortIds.map((shortId, at) => [shortId, at]));
  const documents: BrowserIndex["documents"] = shortIds.map((shortId) => {
    const stored = js.storedFields[shortId] as Stored;
    const lengths = js.fieldLength[shortId] ?? [];
    return [String(js.documentIds[shortId]), stored.kind, stored.title, stored.context, stored.href, ...fieldIds.map((f) => lengths[f] ?? 0)];
  });
  // Sorted by `<`, the comparison the browser's binary search makes (not localeCompare).
  const entries = [...js.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const compact: BrowserIndex = {
    version: 2,
    documentCount: js.documentCount,
    fields: [...SEARCH_FIELDS],
    averageFieldLength: fieldIds.map((f) => js.averageFieldLength[f]!),
    documents,
    terms: entries.map(([term]) => term),
    postings: entries.map(([, byField]) =>
      fieldIds.map((f) => Object.entries(byField[f] ?? {}).flatMap(([shortId, freq]) => [position.get(shortId)!, freq])),
    ),
  };
  return JSON.stringify(compact);
}

/**
 * The best `limit` hits for a parsed query, from the server's MiniSearch index or the browser's; both rank alike
 * (engine.test.ts runs every indexed word through both).
 */
export function runSearch(index: MiniSearch<Stored> | LoadedBrowserIndex, query: string, limit = RESULT_LIMIT): SearchHit[] {
  if (!(index instanceof MiniSearch)) return searchBrowserIndex(index, query, limit);
  return index
    .search(query)
    .map((result) => ({
      score: result.score,
      id: String(result.id),
      kind: result.kind as SearchHit["kind"],
      title: result.title as string,
      context: result.context as string,
      href: result.href as string,
      excerpt: result.excerpt as string,
    }))
    .sort(byScoreThenId)
    .slice(0, limit)
    .map(({ score: _score, ...hit }) => hit);
}
