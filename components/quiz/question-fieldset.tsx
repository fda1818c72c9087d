import type { PublicQuestion } from "@/app/_lib/quiz/public-quiz";
import type { Peek } from "@/app/_lib/quiz/quiz-state";
import { FIELD, peekIntent } from "@/app/_lib/quiz/fields";
import { CrossIcon, InfoIcon } from "./icons";
import { InlineText } from "@/components/inline-text";
import { LearnLinks } from "./learn-links";
import { OptionFeedbackList } from "./option-feedback";
import { Verdict } from "./question-result";
import { questionAnchor, smallButton } from "./styles";

type Props = {
  slug: string;
  /** Its options already in this attempt's order. */
  question: PublicQuestion;
  number: number;
  total: number;
  chosen: string[];
  /** Set when the form came back because this question was not answered (or not understood). */
  problem: string | null;
  /** What "Check this question" has shown so far. */
  peek: Peek | undefined;
  pending: boolean;
  /** False where the form cannot answer a per-question check (the mixed review grades only as a whole). */
  checkable?: boolean;
};

/** One unanswered question: a fieldset of radios (one answer) or checkboxes (all that apply), and its own check. */
export function QuestionFieldset({ slug, question, number, total, chosen, problem, peek, pending, checkable = true }: Props) {
  const anchor = questionAnchor(question.id);
  const single = question.kind === "single";
  return (
    <fieldset
      id={anchor}
      aria-describedby={problem ? `${anchor}-problem` : undefined}
      className={`min-w-0 scroll-mt-20 rounded-lg border p-4 sm:p-5 ${
        problem ? "border-rose-600 dark:border-rose-400" : "border-slate-200 dark:border-slate-800"
      }`}
    >
      <legend className="float-left w-full">
        <span className="block text-sm font-semibold text-slate-600 dark:text-slate-400">
          Question {number} of {total} · {single ? "Choose one answer" : "Choose all that apply"}
        </span>
        <span className="mt-1 block text-lg leading-7 font-semibold">
          <InlineText text={question.prompt} />
        </span>
      </legend>
      {problem && (
        <p id={`${anchor}-problem`} className="clear-both flex gap-2 pt-3 font-medium text-rose-700 dark:text-rose-300">
          <CrossIcon className="mt-0.5" />
          {problem}
        </p>
      )}
      <ul className="clear-both space-y-2 pt-4">
        {question.options.map((option) => (
          <li key={option.id}>
            <label className="flex cursor-pointer gap-3 rounded-md border border-slate-200 px-3 py-2.5 leading-6 hover:bg-slate-50 has-checked:border-sky-700 has-checked:bg-sky-50 dark:border-slate-700 dark:hover:bg-slate-900 dark:has-checked:border-sky-400 dark:has-checked:bg-sky-950/60">
              <input
                type={single ? "radio" : "checkbox"}
                name={`${FIELD.answerPrefix}${question.id}`}
                value={option.id}
                defaultChecked={chosen.includes(option.id)}
                className="mt-1 h-4 w-4 flex-none accent-sky-700 dark:accent-sky-400"
              />
              <span className="min-w-0">
                <InlineText text={option.text} />
              </span>
            </label>
          </li>
        ))}
      </ul>
      {checkable && <PeekPanel slug={slug} question={question} number={number} peek={peek} pending={pending} />}
    </fieldset>
  );
}

/**
 * "Check this question", as react.dev's challenges do it: the first press shows a hint, the second
 * the answer for the options chosen now. Both are server round trips (the hint and the answers are
 * not in the page before), and both are plain submit buttons, so they work without JavaScript.
 */
function PeekPanel({ slug, question, number, peek, pending }: Omit<Props, "total" | "chosen" | "problem" | "checkable">) {
  const anchor = questionAnchor(question.id);
  const answer = peek?.answer ?? null;
  const chosenNothing = answer !== null && !answer.options.some((o) => o.chosen);
  const button = !answer && (
    <button type="submit" name={FIELD.intent} value={peekIntent(peek ? "reveal" : "hint", question.id)} disabled={pending} className={`${smallButton} mt-4`}>
      {peek ? "Show the answer" : "Check this question"}
    </button>
  );
  // Before any check only the button is sent: the lesson's first HTML has a byte budget, and twenty wrappers add up.
  if (!peek) return button;
  return (
    <div id={`${anchor}-peek`} tabIndex={-1} className="mt-4 scroll-mt-20 space-y-3 outline-offset-4 [&>button]:mt-0">
      <input type="hidden" name={FIELD.hinted} value={question.id} />
      {answer && <input type="hidden" name={FIELD.revealed} value={question.id} />}
      {(
        <div className="flex gap-3 rounded-md border border-sky-200 bg-sky-50 p-3 leading-7 text-sky-950 dark:border-sky-900 dark:bg-sky-950/50 dark:text-sky-50">
          <InfoIcon className="mt-1 text-sky-700 dark:text-sky-300" />
          <p>
            <span className="font-semibold">Hint: </span>
            <InlineText text={peek.hint} />
          </p>
        </div>
      )}
      {answer && (
        <section aria-labelledby={`${anchor}-answer`} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
          {/* A paragraph, not a heading: in the asking view no h3 sits between this and the quiz's h2. */}
          <p id={`${anchor}-answer`} className="flex flex-wrap items-center gap-x-3 text-sm font-semibold">
            <span>The answer to question {number}</span>
            {chosenNothing ? <span className="text-slate-600 dark:text-slate-400">You had chosen nothing yet</span> : <Verdict correct={answer.correct} />}
          </p>
          <OptionFeedbackList question={question} feedback={answer.options} chosenKnown />
          <LearnLinks slug={slug} result={answer} number={number} />
        </section>
      )}
      {button}
    </div>
  );
}
