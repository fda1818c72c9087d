import { describe, expect, it } from "vitest";
import { forEachWithinDistance } from "./browser-index";
import { buildIndex, loadBrowserIndex, serializeBrowserIndex } from "./engine";
import { searchDocuments } from "./documents";

/** Levenshtein distance by the textbook full matrix: the walk's oracle. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    }
    row = next;
  }
  return row[b.length]!;
}

describe("forEachWithinDistance", () => {
  const { terms } = loadBrowserIndex(serializeBrowserIndex(buildIndex(searchDocuments())));

  it("finds exactly the words a full Levenshtein matrix finds, with their distances, in sorted order", () => {
    // Indexed words, typos of them and words that are not indexed; distances as the fuzzy rule allows them.
    const words = ["cookie", "cokie", "sesion", "fixation", "samesite", "revocation", "xyzzy", "a", "jwt", "monotonic", "affinty", "tokens"];
    for (const word of words) {
      for (const maxDistance of [1, 2, 3]) {
        const found: [string, number][] = [];
        forEachWithinDistance(terms, word, maxDistance, (index, distance) => found.push([terms[index]!, distance]));
        const expected = terms.flatMap((term): [string, number][] => {
          const distance = levenshtein(term, word);
          return distance <= maxDistance ? [[term, distance]] : [];
        });
        expect(found, `${word} within ${maxDistance}`).toEqual(expected);
      }
    }
  });

  it("walks words that share their first letters and skips the ones already out of reach", () => {
    const sorted = ["car", "card", "care", "cart", "dog", "door", "zebra"];
    const found: string[] = [];
    forEachWithinDistance(sorted, "cart", 1, (index) => found.push(sorted[index]!));
    expect(found).toEqual(["car", "card", "care", "cart"]);
  });

  it("refuses an index in the earlier format rather than searching it wrongly", () => {
    expect(() => loadBrowserIndex(JSON.stringify({ version: 1, terms: [], documents: [] }))).toThrow(/expected format/);
  });
});
