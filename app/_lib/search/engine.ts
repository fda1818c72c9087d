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

/** The whole index as MiniSearch's own JSON (with excerpts): for tests and tools, not what the browser loads. */
export function serializeIndex(index: MiniSearch<Stored>): string {
  return JSON.stringify(index);
}

export function loadIndex(json: string): MiniSearch<Stored> {
  return MiniSearch.loadJSON<Stored>(json, options);
}

/**
 * What /search-index.json serves: the same index, in a compact shape the browser loads several times faster
 * than `MiniSearch.loadJSON` (bench/FINDINGS.md, "Search: cold open"). Postings are flat number arrays
 * (`[fieldId, docId, freq, docId, freq, …]`) rather than objects keyed by stringified ids, so parsing
 * allocates far less and loading needs no `parseInt`; a document's stored fields and field lengths are one
 * row. The excerpt is left out: the header's suggestions show title, kind and context only (the /search page
 * shows excerpts, from the server's index).
 */
export type BrowserIndex = {
  version: 1;
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  dirtCount: number;
  /** [shortId, id, kind, title, context, href, ...field lengths by field id]. */
  documents: [number, string, SearchDocument["kind"], string, string, string, ...number[]][];
  /** [term, ...postings per field, each [fieldId, docId, freq, docId, freq, …]]. */
  terms: [string, ...number[][]][];
};

export function serializeBrowserIndex(index: MiniSearch<Stored>): string {
  const js = index.toJSON();
  const fieldCount = Object.keys(js.fieldIds).length;
  const documents: BrowserIndex["documents"] = Object.entries(js.documentIds).map(([shortId, id]) => {
    const stored = js.storedFields[shortId] as Stored;
    const lengths = js.fieldLength[shortId] ?? [];
    return [Number(shortId), String(id), stored.kind, stored.title, stored.context, stored.href, ...Array.from({ length: fieldCount }, (_, f) => lengths[f] ?? 0)];
  });
  const terms: BrowserIndex["terms"] = js.index.map(([term, fields]) => [
    term,
    ...Object.entries(fields).map(([fieldId, freqs]) => [Number(fieldId), ...Object.entries(freqs).flatMap(([docId, freq]) => [Number(docId), freq])]),
  ]);
  const compact: BrowserIndex = {
    version: 1,
    documentCount: js.documentCount,
    nextId: js.nextId,
    fieldIds: js.fieldIds,
    averageFieldLength: js.averageFieldLength,
    dirtCount: js.dirtCount ?? 0,
    documents,
    terms,
  };
  return JSON.stringify(compact);
}

// MiniSearch has no public way to add a term's postings as they are; `_index` (its radix tree of terms) is a
// protected field of 7.2.0, pinned in package.json. engine.test.ts checks that the loaded index answers every
// query exactly as the index it was serialized from, so a MiniSearch upgrade that moves this fails a test.
type IndexInternals = { _index: { set(term: string, data: Map<number, Map<number, number>>): void } };

/** Loads what `serializeBrowserIndex` wrote; refuses anything else with a sentence. */
export function loadBrowserIndex(json: string): MiniSearch<Stored> {
  const data = JSON.parse(json) as BrowserIndex;
  if (data?.version !== 1 || !Array.isArray(data.terms) || !Array.isArray(data.documents)) {
    throw new Error("the search index is not in the expected format (version 1); reload the page to fetch the current one");
  }
  const fieldCount = Object.keys(data.fieldIds).length;
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  const storedFields: Record<string, Partial<Stored>> = {};
  for (const [shortId, id, kind, title, context, href, ...lengths] of data.documents) {
    documentIds[shortId] = id;
    fieldLength[shortId] = lengths.slice(0, fieldCount);
    storedFields[shortId] = { kind, title, context, href, excerpt: "" };
  }
  const index = MiniSearch.loadJS<Stored>(
    {
      documentCount: data.documentCount,
      nextId: data.nextId,
      documentIds,
      fieldIds: data.fieldIds,
      fieldLength,
      averageFieldLength: data.averageFieldLength,
      storedFields,
      dirtCount: data.dirtCount,
      index: [],
      serializationVersion: 2,
    },
    options,
  );
  const tree = (index as unknown as IndexInternals)._index;
  for (const [term, ...fields] of data.terms) {
    const byField = new Map<number, Map<number, number>>();
    for (const postings of fields) {
      const freqs = new Map<number, number>();
      for (let i = 1; i < postings.length; i += 2) freqs.set(postings[i]!, postings[i + 1]!);
      byField.set(postings[0]!, freqs);
    }
    tree.set(term, byField);
  }
  return index;
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
    // Equal scores break by id: MiniSearch keeps them in its term tree's order, which differs between an index
    // built from documents (the server's) and one loaded from JSON (the browser's), so the two would disagree.
    .sort((a, b) => b.score - a.score || (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0))
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
