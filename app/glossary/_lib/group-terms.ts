import type { GlossaryTerm } from "@/content/glossary-schema";

export type TermGroup = { letter: string; terms: GlossaryTerm[] };

/** The letter a term is filed under: "__Host- prefix" belongs with H, not with punctuation. */
export function sortKey(title: string): string {
  return title.replace(/^[^\p{L}\p{N}]+/u, "");
}

/** Terms in alphabetical order, grouped by first letter (digits and symbols under "#"). */
export function groupTerms(terms: readonly GlossaryTerm[]): TermGroup[] {
  const sorted = [...terms].sort((a, b) =>
    sortKey(a.title).localeCompare(sortKey(b.title), "en", { sensitivity: "base" }),
  );
  const groups: TermGroup[] = [];
  for (const term of sorted) {
    const first = sortKey(term.title).charAt(0).toUpperCase();
    const letter = /\p{L}/u.test(first) ? first : "#";
    const last = groups.at(-1);
    if (last?.letter === letter) last.terms.push(term);
    else groups.push({ letter, terms: [term] });
  }
  return groups;
}
