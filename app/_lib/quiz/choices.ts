import type { QuestionResult } from "./grade";

/**
 * The options a learner chose, kept in their cookie so a saved result can show them again
 * (the server-rendered result page). One character per question, in quiz order: the base64url
 * digit of a bit mask over the question's options (bit i = option i chosen; MAX_OPTIONS is 6,
 * so 6 bits, one digit). `UNKNOWN` marks a question whose choice is not known.
 * 20 questions cost 20 bytes per lesson, where option ids would cost hundreds.
 */
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
export const UNKNOWN = ".";
export const CHOICES_PATTERN = /^[A-Za-z0-9_.-]*$/;

/**
 * The choices after a graded attempt: the questions graded now from `results`; the others
 * (a retry asks only the missed ones) keep their character from `previous`, if it fits this quiz.
 */
export function encodeChoices(questionIds: string[], results: QuestionResult[], previous?: string): string {
  const fits = previous !== undefined && previous.length === questionIds.length && CHOICES_PATTERN.test(previous);
  const byId = new Map(results.map((r) => [r.id, r]));
  return questionIds
    .map((id, index) => {
      const result = byId.get(id);
      if (!result) return fits ? previous[index]! : UNKNOWN;
      const mask = result.options.reduce((bits, option, i) => (option.chosen ? bits | (1 << i) : bits), 0);
      return DIGITS[mask] ?? UNKNOWN;
    })
    .join("");
}

/** The chosen option indexes for each question, or null where unknown. Null overall if `encoded` does not fit. */
export function decodeChoices(encoded: string | undefined, optionCounts: number[]): (number[] | null)[] | null {
  if (encoded === undefined || encoded.length !== optionCounts.length || !CHOICES_PATTERN.test(encoded)) return null;
  const decoded: (number[] | null)[] = [];
  for (let q = 0; q < optionCounts.length; q++) {
    const char = encoded[q]!;
    if (char === UNKNOWN) {
      decoded.push(null);
      continue;
    }
    const mask = DIGITS.indexOf(char);
    // A bit past the question's last option means the quiz changed under the cookie.
    if (mask >>> optionCounts[q]! !== 0) return null;
    decoded.push(Array.from({ length: optionCounts[q]! }, (_, i) => i).filter((i) => mask & (1 << i)));
  }
  return decoded;
}
