import type { LessonProgress } from "@/app/_lib/session/learner-cookie";
import type { Quiz } from "@/content/quiz-schema";
import { decodeChoices } from "./choices";
import { teachingOf, type QuestionResult } from "./grade";
import type { QuizState } from "./quiz-state";

export type SavedResultView =
  | { kind: "none" }
  /** Saved for a quiz of another size: the score stands, the per-question detail cannot be matched. */
  | { kind: "stale"; progress: LessonProgress }
  | { kind: "graded"; state: Extract<QuizState, { view: "graded" }>; progress: LessonProgress };

/**
 * Rebuilds the graded view of a learner's last attempt from their cookie alone, for the
 * server-rendered result page: every question, whether it was right, every option's
 * explanation and source, and the options chosen where the cookie still knows them.
 * Right or wrong comes from `missed`; choices that contradict it are not shown.
 */
export function savedResultView(quiz: Quiz, progress: LessonProgress | undefined): SavedResultView {
  if (!progress) return { kind: "none" };
  if (progress.total !== quiz.questions.length || progress.quizChanged) return { kind: "stale", progress };
  const missed = new Set(progress.missed);
  const choices = decodeChoices(progress.chosen, quiz.questions.map((q) => q.options.length));

  const results: QuestionResult[] = quiz.questions.map((question, q) => {
    const chosen = choices?.[q] ?? null;
    const correct = !missed.has(question.id);
    const matches = chosen !== null && question.options.every((o, i) => o.correct === chosen.includes(i)) === correct;
    const known = matches ? new Set(chosen) : null;
    return {
      id: question.id,
      correct,
      ...(known ? {} : { chosenUnknown: true as const }),
      options: question.options.map((o, i) => ({
        id: o.id,
        correct: o.correct,
        chosen: known?.has(i) ?? false,
        explanation: o.explanation,
        source: o.source,
      })),
      ...teachingOf(question),
    };
  });
  const ids = new Set(quiz.questions.map((q) => q.id));
  return {
    kind: "graded",
    progress,
    state: {
      view: "graded",
      results,
      score: progress.score,
      total: progress.total,
      best: progress.best,
      missed: progress.missed.filter((id) => ids.has(id)),
      retry: false,
      saved: true,
      seed: null,
    },
  };
}
