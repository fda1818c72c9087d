import { bm25Score, byScoreThenId, FIELD_BOOSTS, fuzzyWeight, maxEditDistance, prefixWeight, queryTerms } from "./ranking";
import type { SearchDocument, SearchHit } from "./query";

/**
 * What /search-index.json serves, and the browser searches as it is, with no load step (bench/FINDINGS.md,
 * "Search: cold open"): rebuilding MiniSearch's Maps and radix tree from it cost 65–130 ms cold in a throttled
 * page, where parsing this JSON and answering a query from its arrays costs a few. `serializeBrowserIndex`
 * (engine.ts) writes it from the server's MiniSearch index; the excerpt is left out (the header's suggestions
 * show title, kind and context; the /search page shows excerpts, from the server's index).
 */
export type BrowserIndex = {
  version: 2;
  documentCount: number;
  /** Field names in the order scores are summed; postings and field lengths use the same positions. */
  fields: string[];
  averageFieldLength: number[];
  /** [id, kind, title, context, href, ...field lengths]; a document is its position here. */
  documents: [string, SearchDocument["kind"], string, string, string, ...number[]][];
  /** Every indexed word, sorted by UTF-16 code unit (the order of `<`), so prefixes are found by binary search. */
  terms: string[];
  /** postings[i][field] for terms[i]: [document, frequency, document, frequency, …], empty if not in that field. */
  postings: number[][][];
};

/** A parsed browser index, ready to search: the JSON's own arrays, plus each field's boost. */
export type LoadedBrowserIndex = BrowserIndex & { boosts: number[] };

const FIRST_FIELD_LENGTH = 5;

/** Parses what `serializeBrowserIndex` wrote; refuses anything else with a sentence. */
export function loadBrowserIndex(json: string): LoadedBrowserIndex {
  const data = JSON.parse(json) as BrowserIndex | null;
  if (data?.version !== 2 || !Array.isArray(data.terms) || !Array.isArray(data.postings) || !Array.isArray(data.documents) || !Array.isArray(data.fields)) {
    throw new Error("the search index is not in the expected format (version 2); reload the page to fetch the current one");
  }
  // `|| 1` as MiniSearch reads its boost option: an unlisted (or zero) boost counts once.
  return { ...data, boosts: data.fields.map((field) => FIELD_BOOSTS[field as keyof typeof FIELD_BOOSTS] || 1) };
}

/** The first position in sorted `terms` whose word is not below `word`. */
function lowerBound(terms: readonly string[], word: string, from = 0): number {
  let low = from;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The end of the run of words starting with `prefix` that begins at `from` (sorted words keep such a run together). */
function endOfPrefix(terms: readonly string[], prefix: string, from: number): number {
  let low = from;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]!.startsWith(prefix)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Calls `visit` with every word at most `maxDistance` edits (Levenshtein) from `word`, in sorted order. The words
 * are walked like a trie: consecutive sorted words share their first letters, so the distance matrix's rows for a
 * shared start are kept, and a start already too far from `word` skips every word that begins with it.
 */
export function forEachWithinDistance(terms: readonly string[], word: string, maxDistance: number, visit: (index: number, distance: number) => void): void {
  const columns = word.length + 1;
  // A word longer than this is more than maxDistance insertions away.
  const longest = word.length + maxDistance;
  // Row r holds the distances from the current word's first r letters to every start of `word`.
  const matrix = new Uint8Array((longest + 1) * columns);
  for (let j = 0; j < columns; j += 1) matrix[j] = j;
  let previous = "";
  let rowsKept = 0;
  let index = 0;
  while (index < terms.length) {
    const term = terms[index]!;
    let row = 0;
    const shareable = Math.min(rowsKept, term.length);
    while (row < shareable && term.charCodeAt(row) === previous.charCodeAt(row)) row += 1;
    const last = Math.min(term.length, longest);
    let outOfReach = false;
    while (row < last) {
      row += 1;
      const letter = term.charCodeAt(row - 1);
      const at = row * columns;
      const above = at - columns;
      matrix[at] = row;
      let nearest = row;
      for (let j = 1; j < columns; j += 1) {
        const replace = matrix[above + j - 1]! + (letter === word.charCodeAt(j - 1) ? 0 : 1);
        const remove = matrix[above + j]! + 1;
        const insert = matrix[at + j - 1]! + 1;
        const distance = replace < remove ? (replace < insert ? replace : insert) : remove < insert ? remove : insert;
        matrix[at + j] = distance;
        if (distance < nearest) nearest = distance;
      }
      // Distances never fall as letters are added: every word with this start is out of reach.
      if (nearest > maxDistance) {
        outOfReach = true;
        break;
      }
    }
    previous = term;
    rowsKept = row;
    if (outOfReach) {
      index = endOfPrefix(terms, term.slice(0, row), index + 1);
      continue;
    }
    if (term.length <= longest) {
      const distance = matrix[term.length * columns + columns - 1]!;
      if (distance <= maxDistance) visit(index, distance);
    }
    index += 1;
  }
}

/** Adds one indexed word's BM25+ scores, times `weight`, to `scores` (document → score), field by field. */
function addTermScores(index: LoadedBrowserIndex, term: number, weight: number, scores: Map<number, number>): void {
  const byField = index.postings[term]!;
  for (let field = 0; field < byField.length; field += 1) {
    const postings = byField[field]!;
    if (postings.length === 0) continue;
    const matching = postings.length / 2;
    const average = index.averageFieldLength[field]!;
    // In MiniSearch's order of operations (weight × term boost × field boost × document boost × score, the
    // boosts it would multiply by 1 left out), so equal documents score to the same bit on both sides.
    const boosted = weight * index.boosts[field]!;
    for (let p = 0; p < postings.length; p += 2) {
      const document = postings[p]!;
      const fieldLength = index.documents[document]![FIRST_FIELD_LENGTH + field] as number;
      const score = boosted * bm25Score(postings[p + 1]!, matching, index.documentCount, fieldLength, average);
      const sum = scores.get(document);
      scores.set(document, sum === undefined ? score : sum + score);
    }
  }
}

/** One query word's scores: the word itself, the words it begins (prefix), then the words a typo away (fuzzy). */
function wordScores(index: LoadedBrowserIndex, word: string): Map<number, number> {
  const { terms } = index;
  const scores = new Map<number, number>();
  const start = lowerBound(terms, word);
  if (terms[start] === word) addTermScores(index, start, 1, scores);
  for (let t = start; t < terms.length && terms[t]!.startsWith(word); t += 1) {
    const extra = terms[t]!.length - word.length;
    if (extra > 0) addTermScores(index, t, prefixWeight(terms[t]!.length, extra), scores);
  }
  const maxDistance = maxEditDistance(word);
  if (maxDistance > 0) {
    forEachWithinDistance(terms, word, maxDistance, (t, distance) => {
      // The word itself and the words it begins are scored above, as MiniSearch scores them: once, not as typos.
      if (distance > 0 && !terms[t]!.startsWith(word)) addTermScores(index, t, fuzzyWeight(terms[t]!.length, distance), scores);
    });
  }
  return scores;
}

/**
 * The query's best `limit` documents, ranked as the server's MiniSearch ranks them: every word must match
 * (AND), each by prefix and, in longer words, a typo; scores summed per word, then multiplied by the number of
 * distinct words, as MiniSearch's `search` does.
 */
export function searchBrowserIndex(index: LoadedBrowserIndex, query: string, limit: number): SearchHit[] {
  const words = queryTerms(query);
  if (words.length === 0) return [];
  let combined: Map<number, number> | null = null;
  for (const word of words) {
    const scores = wordScores(index, word);
    if (combined === null) {
      combined = scores;
      continue;
    }
    const both = new Map<number, number>();
    for (const [document, score] of scores) {
      const sum = combined.get(document);
      if (sum !== undefined) both.set(document, sum + score);
    }
    combined = both;
    if (combined.size === 0) return [];
  }
  const quality = new Set(words).size;
  const ranked = [...combined!].map(([document, score]) => ({ document, score: score * quality, id: index.documents[document]![0] }));
  ranked.sort(byScoreThenId);
  return ranked.slice(0, limit).map(({ document }) => {
    const [id, kind, title, context, href] = index.documents[document]!;
    return { id, kind, title, context, href, excerpt: "" };
  });
}
