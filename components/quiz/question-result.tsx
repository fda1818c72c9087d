import type { QuestionResult } from "@/app/_lib/quiz/grade";
import type { PublicQuestion } from "@/app/_lib/quiz/public-quiz";
import { CheckIcon, CrossIcon } from "./icons";
import { InlineText } from "@/components/inline-text";
import { questionAnchor } from "./styles";

type Props = { question: PublicQuestion; result: QuestionResult; number: number; total: number };

/** A graded question: the verdict, then every option with what it is, whether it was chosen, and why. */
export function QuestionResultCard({ question, result, number, total }: Props) {
  const anchor = questionAnchor(question.id);
  const feedback = new Map(result.options.map((o) => [o.id, o]));
  return (
    <article
      id={anchor}
      aria-labelledby={`${anchor}-prompt`}
      className={`scroll-mt-20 rounded-lg border-2 p-4 sm:p-5 ${
        result.correct ? "border-emerald-600/70 dark:border-emerald-500/70" : "border-rose-600/70 dark:border-rose-500/70"
      }`}
    >
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm font-semibold">
        <span className="text-slate-600 dark:text-slate-400">
          Question {number} of {total}
        </span>
        {result.correct ? (
          <span className="inline-flex items-center gap-1 text-emerald-800 dark:text-emerald-300">
            <CheckIcon /> Right
          </span>
        ) : (
          <span className="inline-flex items-center gap-1 text-rose-700 dark:text-rose-300">
            <CrossIcon /> Wrong
          </span>
        )}
      </p>
      <h3 id={`${anchor}-prompt`} className="mt-1 text-lg leading-7 font-semibold">
        <InlineText text={question.prompt} />
      </h3>
      {result.chosenUnknown && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Which options you chose was not kept for this question.</p>
      )}
      <ul className="mt-4 space-y-3">
        {question.options.map((option) => {
          const f = feedback.get(option.id);
          if (!f) return null;
          return (
            <li
              key={option.id}
              className={`flex gap-3 rounded-md border px-3 py-3 ${
                f.correct
                  ? "border-emerald-200 bg-emerald-50 dark:border-emerald-900 dark:bg-emerald-950/40"
                  : f.chosen
                    ? "border-rose-200 bg-rose-50 dark:border-rose-900 dark:bg-rose-950/40"
                    : "border-slate-200 dark:border-slate-800"
              }`}
            >
              {f.correct ? (
                <CheckIcon className="mt-0.5 text-emerald-700 dark:text-emerald-400" />
              ) : (
                <CrossIcon className={`mt-0.5 ${f.chosen ? "text-rose-700 dark:text-rose-400" : "text-slate-500 dark:text-slate-400"}`} />
              )}
              <div className="min-w-0">
                <p className="leading-6 font-medium">
                  <InlineText text={option.text} />
                </p>
                <p className="mt-1 text-sm font-semibold">
                  <span
                    className={
                      f.correct
                        ? "text-emerald-800 dark:text-emerald-300"
                        : f.chosen
                          ? "text-rose-700 dark:text-rose-300"
                          : "text-slate-600 dark:text-slate-400"
                    }
                  >
                    {f.correct ? "Correct" : "Incorrect"}
                  </span>
                  {!result.chosenUnknown && (
                    <span className="text-slate-700 dark:text-slate-300">
                      {f.chosen ? " · you chose it" : f.correct ? " · you did not choose it" : ""}
                    </span>
                  )}
                </p>
                <p className="mt-1 text-sm leading-6 text-slate-700 dark:text-slate-300">
                  <InlineText text={f.explanation} />{" "}
                  <span className="whitespace-nowrap">Source:</span>{" "}
                  <a href={f.source.href} className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400">
                    {f.source.label}
                  </a>
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
