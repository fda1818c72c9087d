import type { LessonProgress } from "@/app/_lib/session/learner-cookie";
import { findQuiz } from "@/content/quizzes";
import { parseQuizForm } from "./form";
import { gradeQuiz } from "./grade";
import { nextProgress, previousAttempt } from "./progress";
import type { QuizState } from "./quiz-state";

export type QuizResponse = {
  state: QuizState;
  /** Progress to save in the learner's cookie, when the request graded an attempt. */
  save?: { slug: string; progress: LessonProgress };
};

const asking = (over: Partial<Extract<QuizState, { view: "asking" }>> = {}): QuizState => ({
  view: "asking",
  asked: null,
  chosen: {},
  notice: null,
  scoreSoFar: null,
  ...over,
});

/**
 * Everything the quiz action decides, without touching cookies: the action reads the saved
 * progress for this form's lesson, calls this, and saves `save` if present.
 * `loadSaved` is called only once the slug is known to have a quiz.
 */
export function respondToQuiz(
  formData: FormData,
  loadSaved: (slug: string) => LessonProgress | undefined,
  now: Date,
): QuizResponse {
  const parsed = parseQuizForm(formData);
  if (!parsed.ok) return { state: asking({ notice: { tone: "error", message: parsed.message, questionIds: [] } }) };
  const { slug, intent, submission } = parsed.form;
  const quiz = findQuiz(slug);
  if (!quiz) {
    return { state: asking({ notice: { tone: "error", message: `There is no quiz for the lesson "${slug}".`, questionIds: [] } }) };
  }
  const saved = loadSaved(slug);
  const ids = quiz.questions.map((q) => q.id);

  if (intent === "restart") return { state: asking() };

  if (intent === "retry") {
    const missed = saved && saved.total === ids.length ? ids.filter((id) => saved.missed.includes(id)) : [];
    if (missed.length === 0) {
      const message = saved
        ? "There is nothing to retry: you missed no questions last time (or the quiz has changed). Here is the whole quiz."
        : "Your earlier result was not found, so here is the whole quiz. (Is your browser blocking cookies?)";
      return { state: asking({ notice: { tone: "info", message, questionIds: [] } }) };
    }
    return { state: asking({ asked: missed, scoreSoFar: { score: saved!.score, total: saved!.total } }) };
  }

  const outcome = gradeQuiz(quiz, submission, previousAttempt(saved));
  if (!outcome.ok) {
    const known = submission.asked.filter((id) => ids.includes(id));
    // Keep showing the same questions (a retry stays a retry) unless the form named none we know.
    const asked = known.length > 0 && known.length < ids.length ? ids.filter((id) => known.includes(id)) : null;
    const retrying = asked !== null && saved ? { score: saved.score, total: saved.total } : null;
    return {
      state: asking({
        asked,
        chosen: submission.answers,
        scoreSoFar: retrying,
        notice: {
          tone: "error",
          message: outcome.error.message,
          questionIds: outcome.error.questionIds,
          questionHint: outcome.error.code === "unanswered" ? "Choose an answer." : "This answer was not accepted.",
        },
      }),
    };
  }
  const progress = nextProgress(saved, outcome.grade, now, ids);
  const { results, score, total, missed, retry } = outcome.grade;
  return {
    state: { view: "graded", results, score, total, missed, retry, best: progress.best, saved: true },
    save: { slug, progress },
  };
}
