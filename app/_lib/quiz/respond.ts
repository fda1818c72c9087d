import type { LessonProgress } from "@/app/_lib/session/learner-cookie";
import { findQuiz } from "@/content/quizzes";
import { parseQuizForm } from "./form";
import type { Quiz } from "@/content/quiz-schema";
import { gradeQuiz, resultFor } from "./grade";
import { nextProgress, previousAttempt } from "./progress";
import { initialQuizState, type AskingState, type Peek, type QuizState } from "./quiz-state";
import { nextSeed } from "./shuffle";

export type QuizResponse = {
  state: QuizState;
  /** Progress to save in the learner's cookie, when the request graded an attempt. */
  save?: { slug: string; progress: LessonProgress };
};

const asking = (over: Partial<AskingState> = {}): QuizState => ({ ...initialQuizState, ...over });

/**
 * The hints and answers "Check this question" has shown, rebuilt from the question ids the form
 * posts back (never from text it posts), for the questions on the form only. An answer is graded
 * against the options chosen now, so changing a choice and checking again shows the new verdict.
 */
function peeksFor(quiz: Quiz, onForm: string[], hinted: Set<string>, revealed: Set<string>, answers: Record<string, string[]>) {
  const peeks: Record<string, Peek> = {};
  for (const question of quiz.questions) {
    if (!onForm.includes(question.id) || !(hinted.has(question.id) || revealed.has(question.id))) continue;
    const chosen = new Set(Object.hasOwn(answers, question.id) ? answers[question.id] : []);
    peeks[question.id] = { hint: question.hint, answer: revealed.has(question.id) ? resultFor(question, chosen) : null };
  }
  return peeks;
}

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
  const { slug, intent, target, seed, submission } = parsed.form;
  const quiz = findQuiz(slug);
  if (!quiz) {
    return { state: asking({ notice: { tone: "error", message: `There is no quiz for the lesson "${slug}".`, questionIds: [] } }) };
  }
  const saved = loadSaved(slug);
  const ids = quiz.questions.map((q) => q.id);

  // A new attempt gets a new option order, so a retry asks for thinking, not for remembered positions.
  if (intent === "restart") return { state: asking({ seed: nextSeed(seed) }) };

  if (intent === "retry") {
    const missed = saved && saved.total === ids.length ? ids.filter((id) => saved.missed.includes(id)) : [];
    if (missed.length === 0) {
      const message = saved
        ? "There is nothing to retry: you missed no questions last time (or the quiz has changed). Here is the whole quiz."
        : "Your earlier result was not found, so here is the whole quiz. (Is your browser blocking cookies?)";
      return { state: asking({ seed: nextSeed(seed), notice: { tone: "info", message, questionIds: [] } }) };
    }
    return { state: asking({ asked: missed, seed: nextSeed(seed), scoreSoFar: { score: saved!.score, total: saved!.total } }) };
  }

  const known = submission.asked.filter((id) => ids.includes(id));
  // Keep showing the same questions (a retry stays a retry) unless the form named none we know.
  const asked = known.length > 0 && known.length < ids.length ? ids.filter((id) => known.includes(id)) : null;
  const onForm = asked ?? ids;
  const retrying = asked !== null && saved ? { score: saved.score, total: saved.total } : null;
  const hinted = new Set(parsed.form.hinted);
  const revealed = new Set(parsed.form.revealed);
  // The form comes back as the learner left it: the same questions, choices, option order and score so far.
  const asBefore = { asked, chosen: submission.answers, scoreSoFar: retrying, seed };

  if (intent === "hint" || intent === "reveal") {
    const question = quiz.questions.find((q) => q.id === target && onForm.includes(q.id));
    if (!question) {
      const notice = { tone: "error" as const, message: `Question "${target}" is not on this form. Reload the page and try again.`, questionIds: [] };
      return { state: asking({ ...asBefore, notice }) };
    }
    hinted.add(question.id);
    if (intent === "reveal") revealed.add(question.id);
    const number = ids.indexOf(question.id) + 1;
    const what = intent === "reveal" ? "The answer to" : "A hint for";
    return {
      state: asking({
        ...asBefore,
        peeks: peeksFor(quiz, onForm, hinted, revealed, submission.answers),
        focus: question.id,
        notice: { tone: "info", message: `${what} question ${number} is shown under its options. Nothing was graded or saved.`, questionIds: [question.id] },
      }),
    };
  }

  const outcome = gradeQuiz(quiz, submission, previousAttempt(saved));
  if (!outcome.ok) {
    return {
      state: asking({
        ...asBefore,
        peeks: peeksFor(quiz, onForm, hinted, revealed, submission.answers),
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
    state: { view: "graded", results, score, total, missed, retry, best: progress.best, saved: true, seed },
    save: { slug, progress },
  };
}
