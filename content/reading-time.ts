/**
 * Honest reading times: the lesson's words at an average adult's silent reading speed for non-fiction,
 * plus time for the quiz. Brysbaert's 2019 meta-analysis of 190 studies puts that speed at about 238
 * words per minute; 200 leaves room for the code, tables and diagrams a lesson asks the reader to study.
 * (M. Brysbaert, "How many words do we read per minute?", Journal of Memory and Language 109, 2019,
 * https://doi.org/10.1016/j.jml.2019.104047.)
 */
export const WORDS_PER_MINUTE = 200;
/** Reading a question and its options, choosing, and reading the feedback. */
export const MINUTES_PER_QUESTION = 0.5;

/**
 * The words a reader reads in a lesson's MDX: prose, headings, table cells and code, but not markup
 * (tags, attributes, import lines) and not link targets, which are never read aloud in the head.
 */
export function lessonWords(mdx: string): number {
  const text = mdx
    .replace(/^(import|export)\s.*$/gm, " ")
    .replace(/^\s*(```|~~~)\S*/gm, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<[^>\n]*>/g, " ")
    .replace(/https?:\/\/\S+/g, " ");
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
}

/** Whole minutes, rounded to the nearest, never below 1. */
export function readingMinutes(words: number, questions: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + questions * MINUTES_PER_QUESTION));
}
