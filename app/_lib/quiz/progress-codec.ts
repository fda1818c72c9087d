import type { LessonProgress } from "@/app/_lib/session/learner-cookie";
import { fnv1a } from "@/app/_lib/random/seeded";
import { CHOICES_PATTERN } from "./choices";

/**
 * How one lesson's progress is written into the learner's sealed cookie. Six lessons and the review
 * must fit in well under 1 kB of cookie however much a learner does, so each lesson is one short string
 * instead of a JSON object with question ids:
 *
 *   v2 ~ score ~ total ~ best ~ attempts ~ updated ~ quiz ~ missed ~ chosen
 *
 * numbers in base 36; `updated` is Unix seconds; `quiz` is a fingerprint of the quiz's question ids in
 * order, so a bit mask over question positions is only read back against the quiz it was written for;
 * `missed` is that bit mask in base64url digits (6 questions per digit); `chosen` is choices.ts's string.
 * The leading version lets a later format read this one; anything else reads as no progress.
 */
export const PROGRESS_FORMAT = "v2";
const SEPARATOR = "~";
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const BASE36 = /^[0-9a-z]{1,8}$/;

/** FNV-1a over the ids, as 4 base-36 digits: enough to notice a changed quiz, short enough to repeat per lesson. */
export function quizFingerprint(questionIds: readonly string[]): string {
  // Ids are ASCII (the quiz schema says so), so hashing UTF-16 code units is hashing their characters.
  return (fnv1a(questionIds.join("\n")) % 36 ** 4).toString(36).padStart(4, "0");
}

function encodeMask(questionIds: readonly string[], missed: readonly string[]): string {
  const set = new Set(missed);
  let out = "";
  for (let start = 0; start < questionIds.length; start += 6) {
    let bits = 0;
    for (let i = 0; i < 6 && start + i < questionIds.length; i++) if (set.has(questionIds[start + i]!)) bits |= 1 << i;
    out += DIGITS[bits];
  }
  return out;
}

function decodeMask(mask: string, questionIds: readonly string[]): string[] | null {
  if (mask.length !== Math.ceil(questionIds.length / 6)) return null;
  const missed: string[] = [];
  for (let d = 0; d < mask.length; d++) {
    const bits = DIGITS.indexOf(mask[d]!);
    if (bits < 0) return null;
    for (let i = 0; i < 6; i++) {
      if (!(bits & (1 << i))) continue;
      const id = questionIds[d * 6 + i];
      if (id === undefined) return null;
      missed.push(id);
    }
  }
  return missed;
}

export function encodeLessonProgress(progress: LessonProgress, questionIds: readonly string[]): string {
  const updated = Math.max(0, Math.floor(Date.parse(progress.updatedAt) / 1000) || 0);
  return [
    PROGRESS_FORMAT,
    progress.score.toString(36),
    progress.total.toString(36),
    progress.best.toString(36),
    progress.attempts.toString(36),
    updated.toString(36),
    quizFingerprint(questionIds),
    encodeMask(questionIds, progress.missed),
    progress.chosen ?? "",
  ].join(SEPARATOR);
}

/**
 * One lesson's progress from its cookie string, read against the quiz as it is now. A string of another
 * format, a broken one, or one written for a different quiz whose size no longer matches is no progress;
 * one written for a quiz of the same size whose questions changed keeps its score but not which questions
 * were missed or chosen.
 */
export function decodeLessonProgress(encoded: unknown, questionIds: readonly string[]): LessonProgress | undefined {
  if (typeof encoded !== "string" || encoded.length > 200) return undefined;
  const parts = encoded.split(SEPARATOR);
  if (parts.length !== 9 || parts[0] !== PROGRESS_FORMAT) return undefined;
  const [, score, total, best, attempts, updated, fingerprint, mask, chosen] = parts as [string, string, string, string, string, string, string, string, string];
  if (![score, total, best, attempts, updated].every((n) => BASE36.test(n))) return undefined;
  const numbers = { score: parseInt(score, 36), total: parseInt(total, 36), best: parseInt(best, 36), attempts: parseInt(attempts, 36) };
  if (numbers.total < 1 || numbers.score > numbers.total || numbers.best > numbers.total) return undefined;
  if (!CHOICES_PATTERN.test(chosen)) return undefined;
  const sameQuiz = fingerprint === quizFingerprint(questionIds);
  const missed = sameQuiz ? decodeMask(mask, questionIds) : [];
  if (missed === null) return undefined;
  return {
    ...numbers,
    missed,
    updatedAt: new Date(parseInt(updated, 36) * 1000).toISOString(),
    ...(sameQuiz && chosen ? { chosen } : {}),
    ...(sameQuiz ? {} : { quizChanged: true }),
  };
}
