import type { QuestionResult } from "./grade";
import { FIRST_SEED } from "./shuffle";

/** The notice above the questions: a validation error, or a note about what happened. */
export type QuizNotice = {
  tone: "error" | "info";
  message: string;
  /** Questions the notice points at, e.g. the unanswered ones. */
  questionIds: string[];
  /** A short line shown on each of those questions, e.g. "Choose an answer." */
  questionHint?: string;
};

/**
 * What "Check this question" has shown for one question: first its hint, then (on a second press)
 * the answer for the options chosen at that moment, with every option's explanation.
 */
export type Peek = { hint: string; answer: QuestionResult | null };

/**
 * What the server action returns and the quiz renders. It crosses the network both ways
 * (React sends it back as the action's first argument, and without JavaScript it is embedded
 * in the form), so the action never trusts it: the learner's cookie is the record.
 */
export type QuizState =
  | {
      view: "asking";
      /** Question ids to show, in quiz order; null means all of them. */
      asked: string[] | null;
      /** Options the learner had chosen, kept when the form comes back with a notice. */
      chosen: Record<string, string[]>;
      notice: QuizNotice | null;
      /** The score so far during a retry, so the learner knows what is at stake. */
      scoreSoFar: { score: number; total: number } | null;
      /** The option order of this attempt (app/_lib/quiz/shuffle.ts); a retry or a new start gets a new one. */
      seed: number;
      /** Hints and answers shown by "Check this question", by question id. */
      peeks: Record<string, Peek>;
      /** The question a "Check this question" press was about, to move focus to its hint or answer. */
      focus: string | null;
    }
  | {
      view: "graded";
      results: QuestionResult[];
      score: number;
      total: number;
      best: number;
      missed: string[];
      retry: boolean;
      /** False when the result could not be stored in the cookie. */
      saved: boolean;
      /** The attempt's option order, so results list options as they were asked; null (a saved result): quiz order. */
      seed: number | null;
    };

/** The form as the learner fills it in (before a graded result). */
export type AskingState = Extract<QuizState, { view: "asking" }>;

export const initialQuizState: AskingState = {
  view: "asking",
  asked: null,
  chosen: {},
  notice: null,
  scoreSoFar: null,
  seed: FIRST_SEED,
  peeks: {},
  focus: null,
};

/** The saved result the progress endpoint returns (the cookie's LessonProgress, minus nothing secret). */
export type SavedProgress = { score: number; total: number; best: number; attempts: number; missed: string[]; updatedAt: string };
