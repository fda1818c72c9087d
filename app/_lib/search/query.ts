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
  /**
   * What the result shows under its title, where the first words of `text` would mislead or read badly: a quiz
   * question's text is its options, the wrong ones included. Without it, the excerpt is the start of `text`.
   */
  summary?: string;
  href: string;
};

export type SearchHit = Pick<SearchDocument, "id" | "kind" | "title" | "context" | "href"> & { excerpt: string };

export const MAX_QUERY_LENGTH = 100;
export const RESULT_LIMIT = 20;

/** A query as typed, trimmed; too long or empty is refused with a sentence to show at the field. */
export function parseQuery(raw: unknown): { ok: true; query: string } | { ok: false; message: string } {
  const query = typeof raw === "string" ? raw.replace(/\s+/g, " ").trim() : "";
  if (!query) return { ok: false, message: "Type a word to search for, for example “SameSite”." };
  if (query.length > MAX_QUERY_LENGTH) {
    return { ok: false, message: `Searches are at most ${MAX_QUERY_LENGTH} characters; this one has ${query.length}.` };
  }
  return { ok: true, query };
}
