"use client";

import { useActionState, useEffect, useRef } from "react";
import { quizAction } from "@/app/_lib/quiz/actions";
import { FIELD } from "@/app/_lib/quiz/fields";
import { quizPath } from "@/app/_lib/quiz/paths";
import type { PublicQuestion, PublicQuiz } from "@/app/_lib/quiz/public-quiz";
import { FIRST_SEED, seededShuffle } from "@/app/_lib/quiz/shuffle";
import { initialQuizState, type QuizState } from "@/app/_lib/quiz/quiz-state";
import { QuestionFieldset } from "./question-fieldset";
import { QuestionResultCard } from "./question-result";
import { QuizNoticeBox } from "./quiz-notice";
import { SavedResult } from "./saved-result";
import { useQuizDraft } from "./use-quiz-draft";
import { useQuizSubmit } from "./use-quiz-submit";
import { useSavedProgress } from "./use-saved-progress";
import { ScoreSummary } from "./score-summary";
import { primaryButton, questionAnchor, secondaryButton } from "./styles";
import { textLink } from "@/components/text-link";

/**
 * The quiz form. Without JavaScript it is a plain POST to the quiz page's URL (useActionState's
 * permalink), which Next answers by running quizAction and rendering the page with its result.
 * With JavaScript, useQuizSubmit posts the same fields to a route and updates in place.
 * Either way the server grades, and the answers are not in the page until it has.
 */
export function QuizForm({ quiz, initialState = initialQuizState }: { quiz: PublicQuiz; initialState?: QuizState }) {
  const [serverRendered, dispatch] = useActionState(quizAction, initialState, quizPath(quiz.slug));
  const { state, pending, failure, onSubmit } = useQuizSubmit(quiz.slug, serverRendered);
  // The quiz page asks for the saved result; the result page already shows it.
  const fresh = state === initialQuizState;
  const saved = useSavedProgress(quiz.slug, fresh);
  const focusRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const saveDraft = useQuizDraft(quiz, formRef, state, fresh);
  const firstState = useRef(state);

  useEffect(() => {
    // Not on first render (which may be a no-JavaScript result being hydrated): only after a submission.
    if (state === firstState.current) return;
    // After "Check this question", to the hint or answer it brought; otherwise to the notice or score.
    const peek = state.view === "asking" && state.focus ? document.getElementById(`${questionAnchor(state.focus)}-peek`) : null;
    (peek ?? focusRef.current ?? document.getElementById("quiz-title"))?.focus();
  }, [state]);

  const total = quiz.questions.length;
  const numberOf = (id: string) => quiz.questions.findIndex((q) => q.id === id) + 1;

  return (
    <div className="mt-6 space-y-6">
      <p role="status" className="sr-only">
        {failure ?? announcement(state)}
      </p>
      {fresh && <SavedResult slug={quiz.slug} saved={saved} retry={{ action: dispatch, onSubmit, pending }} />}
      {failure && (
        <p className="flex gap-2 rounded-lg border border-rose-300 bg-rose-50 p-4 text-rose-900 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-100">
          {failure}
        </p>
      )}
      <form ref={formRef} action={dispatch} onSubmit={onSubmit} onChange={saveDraft} noValidate className="space-y-6">
        <input type="hidden" name={FIELD.slug} value={quiz.slug} />
        <input type="hidden" name={FIELD.seed} value={state.seed ?? FIRST_SEED} />
        {state.view === "graded" ? (
          <>
            <ScoreSummary state={state} pending={pending} focusRef={focusRef} />
            <ol className="space-y-5" aria-label="Your answers, checked">
              {state.results.map((result) => {
                const question = quiz.questions.find((q) => q.id === result.id);
                return question ? (
                  <li key={result.id}>
                    <QuestionResultCard
                      slug={quiz.slug}
                      question={state.seed === null ? question : inOrder(question, state.seed)}
                      result={result}
                      number={numberOf(result.id)}
                      total={total}
                    />
                  </li>
                ) : null;
              })}
            </ol>
            <p>
              <a href="#quiz-result" className={textLink}>
                Back to your score
              </a>
            </p>
          </>
        ) : (
          <Asking quiz={quiz} state={state} pending={pending} focusRef={focusRef} numberOf={numberOf} />
        )}
      </form>
    </div>
  );
}

type AskingProps = {
  quiz: PublicQuiz;
  state: Extract<QuizState, { view: "asking" }>;
  pending: boolean;
  focusRef: React.Ref<HTMLDivElement>;
  numberOf: (id: string) => number;
};

function Asking({ quiz, state, pending, focusRef, numberOf }: AskingProps) {
  const questions = state.asked ? quiz.questions.filter((q) => state.asked!.includes(q.id)) : quiz.questions;
  const problems = new Set(state.notice?.tone === "error" ? state.notice.questionIds : []);
  const retry = state.asked && state.scoreSoFar ? { count: questions.length, ...state.scoreSoFar } : null;
  return (
    <>
      <QuizNoticeBox
        notice={state.notice}
        retry={retry}
        questions={quiz.questions}
        askedCount={questions.length}
        focusRef={focusRef}
      />
      {questions.map((question) => (
        <div key={question.id}>
          <input type="hidden" name={FIELD.asked} value={question.id} />
          <QuestionFieldset
            slug={quiz.slug}
            question={inOrder(question, state.seed)}
            number={numberOf(question.id)}
            total={quiz.questions.length}
            chosen={Object.hasOwn(state.chosen, question.id) ? state.chosen[question.id]! : []}
            problem={problems.has(question.id) ? (state.notice?.questionHint ?? null) : null}
            peek={Object.hasOwn(state.peeks, question.id) ? state.peeks[question.id] : undefined}
            pending={pending}
          />
        </div>
      ))}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name={FIELD.intent} value="check" disabled={pending} className={primaryButton}>
          {pending ? "Checking…" : "Check answers"}
        </button>
        {state.asked && (
          <button type="submit" name={FIELD.intent} value="restart" disabled={pending} className={secondaryButton}>
            Start over with all questions
          </button>
        )}
      </div>
    </>
  );
}

/** The question with its options in this attempt's order (the same on the server and in the browser). */
function inOrder(question: PublicQuestion, seed: number): PublicQuestion {
  return { ...question, options: seededShuffle(question.options, seed, question.id) };
}

/** What the live region says after each action, for screen-reader users who cannot see the page change. */
function announcement(state: QuizState): string {
  if (state.view === "graded") {
    const rest = state.missed.length === 0 ? "Every answer right." : `${state.missed.length} missed; explanations below.`;
    return `Your score: ${state.score} of ${state.total}. ${rest}`;
  }
  if (state.notice) return state.notice.message;
  if (state.asked) return `Showing the ${state.asked.length} questions you missed.`;
  return "";
}
