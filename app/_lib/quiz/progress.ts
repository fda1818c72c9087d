import { z } from "zod";
import { MAX_QUESTIONS } from "@/content/quiz-schema";
import type { LearnerSession, LessonProgress } from "@/app/_lib/session/learner-cookie";
import { CHOICES_PATTERN, encodeChoices } from "./choices";
import type { Grade, PreviousAttempt } from "./grade";

/** Attempts stop counting here, so the cookie has a fixed worst-case size. */
export const MAX_ATTEMPTS = 9999;

/**
 * The progress to save after a graded attempt. A retry's grade already combines the earlier answers.
 * With the quiz's question ids, it also keeps the options chosen, for the saved-result page.
 */
export function nextProgress(previous: LessonProgress | undefined, grade: Grade, now: Date, questionIds?: string[]): LessonProgress {
  // A best score from a quiz of another size is not comparable; start the best over.
  const best = previous && previous.total === grade.total ? Math.max(previous.best, grade.score) : grade.score;
  return {
    score: grade.score,
    total: grade.total,
    missed: grade.missed,
    best,
    attempts: Math.min((previous?.attempts ?? 0) + 1, MAX_ATTEMPTS),
    updatedAt: now.toISOString(),
    ...(questionIds ? { chosen: encodeChoices(questionIds, grade.results, previous?.chosen) } : {}),
  };
}

export function previousAttempt(progress: LessonProgress | undefined): PreviousAttempt | undefined {
  return progress ? { total: progress.total, missed: progress.missed } : undefined;
}

const lessonProgressSchema = z.object({
  score: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  missed: z.array(z.string()),
  best: z.number().int().nonnegative(),
  attempts: z.number().int().nonnegative(),
  updatedAt: z.string(),
  chosen: z.string().max(MAX_QUESTIONS).regex(CHOICES_PATTERN).optional(),
});

/**
 * The saved progress for one lesson. The cookie is sealed by us, but it may predate a change
 * to LessonProgress: anything that does not fit today's shape counts as no progress.
 */
export function readProgress(session: LearnerSession, slug: string): LessonProgress | undefined {
  const all = session.progress;
  if (!all || !Object.hasOwn(all, slug)) return undefined;
  const parsed = lessonProgressSchema.safeParse(all[slug]);
  return parsed.success ? parsed.data : undefined;
}
