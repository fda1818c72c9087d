import type { LessonProgress } from "@/app/_lib/session/learner-cookie";
import type { Quiz } from "@/content/quiz-schema";
import { fnv1a, mulberry32 } from "@/app/_lib/random/seeded";
import { encodeChoices } from "./choices";
import { checkChoice, resultFor, type QuestionResult } from "./grade";

/** How many questions a review asks (fewer when the learner's attempted lessons have fewer). */
export const REVIEW_SIZE = 10;

/** One question of the review's bank: a lesson's quiz question, named by both. */
export type ReviewRef = { slug: string; questionId: string };

export type ReviewCandidate = ReviewRef & {
  /** Wrong in the learner's latest answer to it. */
  missed: boolean;
  /** When the learner last answered it (ms): their lesson's quiz attempt, or a later review that asked it. */
  lastSeen: number;
};

/** The last review the learner took, as kept in their cookie. */
export type SavedReview = { at: number; refs: ReviewRef[]; chosen: string };

export const refKey = (ref: ReviewRef) => `${ref.slug}/${ref.questionId}`;

/**
 * The bank a review draws from: every question of every lesson the learner has attempted, in course order,
 * with what the cookie says about it. A lesson whose quiz changed since its attempt is left out until retaken.
 */
export function reviewCandidates(
  lessons: readonly { slug: string; quiz: Quiz | undefined; progress: LessonProgress | undefined }[],
  lastReview: SavedReview | undefined,
): ReviewCandidate[] {
  const reviewedAt = new Map(lastReview?.refs.map((ref) => [refKey(ref), lastReview.at]));
  const candidates: ReviewCandidate[] = [];
  for (const { slug, quiz, progress } of lessons) {
    if (!quiz || !progress || progress.attempts === 0 || progress.quizChanged || progress.total !== quiz.questions.length) continue;
    const attemptAt = Date.parse(progress.updatedAt) || 0;
    for (const question of quiz.questions) {
      const ref = { slug, questionId: question.id };
      candidates.push({ ...ref, missed: progress.missed.includes(question.id), lastSeen: Math.max(attemptAt, reviewedAt.get(refKey(ref)) ?? 0) });
    }
  }
  return candidates;
}

/**
 * Each candidate's weight: a missed question counts four times, and staleness adds up to three times more
 * (by rank among the candidates, longest unseen first, so the weights depend on the cookie alone and a
 * review's URL reproduces it). A question right and just seen keeps weight 1: it can still come up.
 */
export function reviewWeights(candidates: readonly ReviewCandidate[]): number[] {
  const byStaleness = candidates.map((c, i) => ({ i, lastSeen: c.lastSeen })).sort((a, b) => a.lastSeen - b.lastSeen || a.i - b.i);
  const staleness = new Array<number>(candidates.length).fill(0);
  byStaleness.forEach(({ i }, rank) => {
    staleness[i] = candidates.length > 1 ? 1 - rank / (candidates.length - 1) : 0;
  });
  return candidates.map((c, i) => (c.missed ? 4 : 1) * (1 + 3 * staleness[i]!));
}

/** A seed as it appears in the review's URL: 1 to 12 base-36 characters. */
export const SEED_PATTERN = /^[0-9a-z]{1,12}$/;

export function newSeed(random: () => number = Math.random): string {
  return Math.floor(random() * 36 ** 8).toString(36).padStart(8, "0");
}

/**
 * Draws the review: a weighted sample without replacement (Efraimidis and Spirakis' keys, u^(1/w)), so a
 * question's chance grows with its weight, and the same seed over the same cookie draws the same questions
 * in the same order.
 */
export function selectReview(candidates: readonly ReviewCandidate[], seed: string, size = REVIEW_SIZE): ReviewRef[] {
  const random = mulberry32(fnv1a(seed));
  const weights = reviewWeights(candidates);
  return candidates
    .map((candidate, i) => ({ candidate, key: Math.log(1 - random()) / weights[i]! }))
    .sort((a, b) => b.key - a.key)
    .slice(0, size)
    .map(({ candidate }) => ({ slug: candidate.slug, questionId: candidate.questionId }));
}

export type ReviewGrade = {
  /** In the order asked. */
  results: (ReviewRef & { result: QuestionResult })[];
  score: number;
  /** The lessons' progress after the review, for those it asked about. */
  progress: Record<string, LessonProgress>;
};

/**
 * Grades a review. Unlike a lesson's quiz, a question left blank is not refused: it counts as missed, since
 * not knowing is what a review is for. A review's answers update each lesson's latest score as a retry would:
 * a question answered right leaves the missed list, one answered wrong joins it; the attempt time stays.
 */
export function gradeReview(
  refs: readonly ReviewRef[],
  answers: Readonly<Record<string, string[]>>,
  quizzes: Readonly<Record<string, Quiz | undefined>>,
  saved: Readonly<Record<string, LessonProgress | undefined>>,
): { ok: true; grade: ReviewGrade } | { ok: false; message: string } {
  const keys = refs.map(refKey);
  if (refs.length === 0 || refs.length > REVIEW_SIZE) return { ok: false, message: `A review asks 1 to ${REVIEW_SIZE} questions.` };
  if (new Set(keys).size !== keys.length) return { ok: false, message: "A question was sent twice." };
  for (const key of Object.keys(answers)) {
    if (!keys.includes(key)) return { ok: false, message: `Question "${key}" was answered but not asked.` };
  }
  const results: ReviewGrade["results"] = [];
  for (const ref of refs) {
    const question = quizzes[ref.slug]?.questions.find((q) => q.id === ref.questionId);
    if (!question) return { ok: false, message: `There is no question "${refKey(ref)}".` };
    const chosen = answers[refKey(ref)] ?? [];
    const problem = checkChoice(question, chosen);
    if (problem && !problem.ok) return { ok: false, message: problem.error.message };
    results.push({ ...ref, result: resultFor(question, new Set(chosen)) });
  }

  const progress: Record<string, LessonProgress> = {};
  for (const slug of new Set(refs.map((r) => r.slug))) {
    const before = saved[slug];
    const quiz = quizzes[slug]!;
    if (!before || before.total !== quiz.questions.length) continue;
    const mine = results.filter((r) => r.slug === slug);
    const right = new Set(mine.filter((r) => r.result.correct).map((r) => r.questionId));
    const wrong = new Set(mine.filter((r) => !r.result.correct).map((r) => r.questionId));
    const ids = quiz.questions.map((q) => q.id);
    const missed = ids.filter((id) => wrong.has(id) || (before.missed.includes(id) && !right.has(id)));
    const score = ids.length - missed.length;
    progress[slug] = {
      ...before,
      score,
      missed,
      best: Math.max(before.best, score),
      chosen: encodeChoices(ids, mine.map((r) => r.result), before.chosen),
    };
  }
  return { ok: true, grade: { results, score: results.filter((r) => r.result.correct).length, progress } };
}
