/**
 * How search splits, matches and scores a query: the one place these rules live. The server's MiniSearch index
 * is configured from them (engine.ts) and the browser's direct search (browser-index.ts) applies them itself,
 * so the header's suggestions and the /search page rank alike; engine.test.ts compares the two query by query.
 * Nothing here imports MiniSearch, so the browser's search chunk does not carry it.
 */

/** The indexed fields, in the order scores are summed (MiniSearch sums them in its `fields` option's order). */
export const SEARCH_FIELDS = ["title", "text"] as const;

/** A title match counts three times a prose match; a field not listed counts once. */
export const FIELD_BOOSTS: Partial<Record<(typeof SEARCH_FIELDS)[number], number>> = { title: 3 };

/**
 * MiniSearch's own defaults (7.2.0), stated here so the browser's search applies the same numbers and MiniSearch
 * is handed them explicitly rather than relying on its defaults staying put.
 */
export const MATCH_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
export const MAX_FUZZY = 6;
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

// Words too common to narrow a search; leaving them out keeps the shipped index smaller.
const STOP_WORDS = new Set(
  "a an and are as at be by can for from has have if in into is it its of on or that the their then there these this to was what when where which who why will with you your".split(" "),
);

// Any run of Unicode spaces, line breaks or punctuation separates words: MiniSearch's default tokenizer.
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

export function tokenize(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION);
}

/** A word as indexed and searched: lower case; a stop word becomes null (not indexed, not searched). */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return STOP_WORDS.has(lower) ? null : lower;
}

/** The query's words as searched: processed, stop words and empty pieces dropped, duplicates kept. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const piece of tokenize(query)) {
    const term = processTerm(piece);
    if (term) terms.push(term);
  }
  return terms;
}

/** A typo is forgiven in longer words only: in short ones a fuzzy match is usually another word. */
export function fuzziness(term: string): number | false {
  return term.length > 4 ? 0.2 : false;
}

/** The edit distance a word's typo may have: MiniSearch's rule for a fractional `fuzzy` option. */
export function maxEditDistance(term: string): number {
  const fuzzy = fuzziness(term);
  return fuzzy === false ? 0 : Math.min(MAX_FUZZY, Math.round(term.length * fuzzy));
}

/**
 * BM25+ as MiniSearch 7.2.0 computes it, operation for operation: the browser's scores must equal the server's
 * to the last bit, or documents the server ties (then orders by id) could come out in another order.
 */
export function bm25Score(termFreq: number, matchingCount: number, totalCount: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

/** The weight of an indexed word that extends the query's word by `extra` letters (MiniSearch's formula). */
export function prefixWeight(termLength: number, extra: number): number {
  return (MATCH_WEIGHTS.prefix * termLength) / (termLength + 0.3 * extra);
}

/** The weight of an indexed word `distance` edits from the query's word (MiniSearch's formula). */
export function fuzzyWeight(termLength: number, distance: number): number {
  return (MATCH_WEIGHTS.fuzzy * termLength) / (termLength + distance);
}

/**
 * Best score first; equal scores by id. MiniSearch keeps ties in its term tree's order, which differs between an
 * index built from documents (the server's) and any other, so without the id the two would disagree.
 */
export function byScoreThenId(a: { score: number; id: string }, b: { score: number; id: string }): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
