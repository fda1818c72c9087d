import type { Ref } from "react";
import type { QuizState } from "@/app/_lib/quiz/quiz-state";
import { FIELD } from "@/app/_lib/quiz/fields";
import { CheckIcon } from "./icons";
import { primaryButton, secondaryButton } from "./styles";

type Graded = Extract<QuizState, { view: "graded" }>;

export const retryLabel = (count: number) => `Retry the ${count === 1 ? "one" : count} I missed`;

/** The score after grading, with the ways to go on. Focused after grading, so it is the first thing read. */
export function ScoreSummary({ state, pending, focusRef }: { state: Graded; pending: boolean; focusRef: Ref<HTMLDivElement> }) {
  const { score, total, best, missed, retry, saved } = state;
  const percent = Math.round((score / total) * 100);
  return (
    <div
      ref={focusRef}
      tabIndex={-1}
      id="quiz-result"
      role="region"
      aria-labelledby="quiz-result-title"
      className="scroll-mt-20 rounded-lg border border-slate-200 bg-slate-50 p-5 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h3 id="quiz-result-title" className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        {retry ? "Your score after the retry" : "Your score"}
      </h3>
      <p className="mt-1 text-4xl font-bold tracking-tight">
        {score} <span className="text-xl font-semibold text-slate-600 dark:text-slate-400">of {total}</span>
      </p>
      <div aria-hidden="true" className="mt-3 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
        <div className="h-full rounded-full bg-emerald-600 dark:bg-emerald-400" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-4 flex gap-2 leading-7 text-slate-800 dark:text-slate-200">
        {missed.length === 0 ? (
          <>
            <CheckIcon className="mt-1 text-emerald-700 dark:text-emerald-400" />
            <span>Every answer right. Well done.</span>
          </>
        ) : (
          <span>
            You missed {missed.length === 1 ? "one question" : `${missed.length} questions`}. Read why below, then
            retry just {missed.length === 1 ? "that one" : "those"}.
            {best > score && ` Your best so far is ${best} of ${total}.`}
          </span>
        )}
      </p>
      {!saved && (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Your result could not be saved in this browser, so it will not be here after a reload.
        </p>
      )}
      <div className="mt-5 flex flex-wrap gap-3">
        {missed.length > 0 && (
          <button type="submit" name={FIELD.intent} value="retry" disabled={pending} className={primaryButton}>
            {retryLabel(missed.length)}
          </button>
        )}
        <button type="submit" name={FIELD.intent} value="restart" disabled={pending} className={secondaryButton}>
          {missed.length > 0 ? "Start over" : "Take the quiz again"}
        </button>
      </div>
    </div>
  );
}
