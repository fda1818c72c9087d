import MiniSearch, { type Options, type SearchOptions } from "minisearch";

/** What search indexes: one lesson section, glossary term or quiz question. */
export type SearchDocument = {
  /** Unique across kinds: "s:slug#section", "t:term", "q:slug:question". */
  id: string;
  kind: "section" | "term" | "quiz";
  title: string;
  /** Where it lives, shown beside the title: the lesson's short title, "Glossary", "Session quiz". */
  context: string;
  /** Plain prose searched but not shipped: the result shows `excerpt` instead. */
  text: string;
  href: string;
};

export type SearchHit = Pick<SearchDocument, "id" | "kind" | "title" | "context" | "href"> & { excerpt: string };

export const MAX_QUERY_LENGTH = 100;
export const RESULT_LIMIT = 20;
const EXCERPT_LENGTH = 140;

// Words too common to narrow a search; leaving them out keeps the shipped index smaller.
const STOP_WORDS = new Set(
  "a an and are as at be by can for from has have if in into is it its of on or that the their then there these this to was what when where which who why will with you your".split(" "),
);

type Stored = SearchDocument & { excerpt: string };

const searchOptions: SearchOptions = {
  boost: { title: 3 },
  prefix: true,
  // A typo is forgiven in longer words only: in short ones a fuzzy match is usually another word.
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  combineWith: "AND",
};

const options: Options<Stored> = {
  fields: ["title", "text"],
  storeFields: ["kind", "title", "context", "href", "excerpt"],
  processTerm: (term) => {
    const lower = term.toLowerCase();
    return STOP_WORDS.has(lower) ? null : lower;
  },
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
  index.addAll(documents.map((document) => ({ ...document, excerpt: excerptOf(document.text) })));
  return index;
}

/** The index as JSON: what /search-index.json serves and the browser loads when search opens. */
export function serializeIndex(index: MiniSearch<Stored>): string {
  return JSON.stringify(index);
}

export function loadIndex(json: string): MiniSearch<Stored> {
  return MiniSearch.loadJSON<Stored>(json, options);
}

/** A query as typed, trimmed; too long or empty is refused with a sentence to show at the field. */
export function parseQuery(raw: unknown): { ok: true; query: string } | { ok: false; message: string } {
  const query = typeof raw === "string" ? raw.replace(/\s+/g, " ").trim() : "";
  if (!query) return { ok: false, message: "Type a word to search for, for example “SameSite”." };
  if (query.length > MAX_QUERY_LENGTH) {
    return { ok: false, message: `Searches are at most ${MAX_QUERY_LENGTH} characters; this one has ${query.length}.` };
  }
  return { ok: true, query };
}

export function runSearch(index: MiniSearch<Stored>, query: string, limit = RESULT_LIMIT): SearchHit[] {
  return index
    .search(query)
    .slice(0, limit)
    .map((result) => ({
      id: String(result.id),
      kind: result.kind as SearchHit["kind"],
      title: result.title as string,
      context: result.context as string,
      href: result.href as string,
      excerpt: result.excerpt as string,
    }));
}
