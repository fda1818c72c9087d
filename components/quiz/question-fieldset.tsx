import type { PublicQuestion } from "@/app/_lib/quiz/public-quiz";
import { FIELD } from "@/app/_lib/quiz/fields";
import { CrossIcon } from "./icons";
import { InlineText } from "@/components/inline-text";
import { questionAnchor } from "./styles";

type Props = {
  question: PublicQuestion;
  number: number;
  total: number;
  chosen: string[];
  /** Set when the form came back because this question was not answered (or not understood). */
  problem: string | null;
};

/** One unanswered question: a fieldset of radios (one answer) or checkboxes (all that apply). */
export function QuestionFieldset({ question, number, total, chosen, problem }: Props) {
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
    </fieldset>
  );
}
