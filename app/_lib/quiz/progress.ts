import { z } from "zod";
import { MAX_QUESTIONS } from "@/content/quiz-schema";
import type { LearnerSession, LessonProgress } from "@/app/_lib/session/learner-cookie";
import { findQuiz } from "@/content/quizzes";
import { CHOICES_PATTERN, encodeChoices } from "./choices";
import type { Grade, PreviousAttempt } from "./grade";
import { decodeLessonProgress, encodeLessonProgress } from "./progress-codec";

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
  const quiz = findQuiz(slug);
  if (!quiz) return undefined;
  const ids = quiz.questions.map((q) => q.id);
  if (session.lessons && Object.hasOwn(session.lessons, slug)) return decodeLessonProgress(session.lessons[slug], ids);
  const legacy = session.progress;
  if (!legacy || typeof legacy !== "object" || !Object.hasOwn(legacy, slug)) return undefined;
  const parsed = lessonProgressSchema.safeParse(legacy[slug]);
  if (!parsed.success) return undefined;
  // The first format kept missed questions by id: drop ids the quiz no longer has.
  return { ...parsed.data, missed: parsed.data.missed.filter((id) => ids.includes(id)) };
}

/** Every lesson's progress, by slug, for pages that show the whole course. */
export function readAllProgress(session: LearnerSession, slugs: readonly string[]): Record<string, LessonProgress> {
  const all: Record<string, LessonProgress> = {};
  for (const slug of slugs) {
    const progress = readProgress(session, slug);
    if (progress) all[slug] = progress;
  }
  return all;
}

/**
 * Saves one lesson's progress in the compact format, and moves any progress still in the first format
 * over with it, so the cookie holds one format after any save.
 */
export function writeProgress(session: LearnerSession, slug: string, progress: LessonProgress): void {
  const lessons: Record<string, string> = {};
  for (const [other, value] of Object.entries(session.lessons ?? {})) if (findQuiz(other)) lessons[other] = value;
  for (const other of Object.keys(session.progress ?? {})) {
    const quiz = findQuiz(other);
    const old = other === slug || !quiz || Object.hasOwn(lessons, other) ? undefined : readProgress(session, other);
    if (old && quiz) lessons[other] = encodeLessonProgress(old, quiz.questions.map((q) => q.id));
  }
  const quiz = findQuiz(slug);
  if (quiz) lessons[slug] = encodeLessonProgress(progress, quiz.questions.map((q) => q.id));
  session.lessons = lessons;
  delete session.progress;
}

/** "Reset my progress": every lesson's quiz progress, in either format, and nothing else in the cookie. */
export function clearProgress(session: LearnerSession): void {
  delete session.lessons;
  delete session.progress;
  delete session.review;
}
