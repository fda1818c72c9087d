import type { QuestionResult } from "@/app/_lib/quiz/grade";
import type { PublicQuestion } from "@/app/_lib/quiz/public-quiz";
import { CheckIcon, CrossIcon } from "./icons";
import { InlineText } from "@/components/inline-text";
import { LearnLinks } from "./learn-links";
import { OptionFeedbackList } from "./option-feedback";
import { questionAnchor } from "./styles";

type Props = { slug: string; question: PublicQuestion; result: QuestionResult; number: number; total: number };

/** A graded question: the verdict, then every option with what it is, whether it was chosen, and why; then where to learn it. */
export function QuestionResultCard({ slug, question, result, number, total }: Props) {
  const anchor = questionAnchor(question.id);
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
        <Verdict correct={result.correct} />
      </p>
      <h3 id={`${anchor}-prompt`} className="mt-1 text-lg leading-7 font-semibold">
        <InlineText text={question.prompt} />
      </h3>
      {result.chosenUnknown && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Which options you chose was not kept for this question.</p>
      )}
      <OptionFeedbackList question={question} feedback={result.options} chosenKnown={!result.chosenUnknown} />
      <LearnLinks slug={slug} result={result} number={number} />
    </article>
  );
}

export function Verdict({ correct }: { correct: boolean }) {
  return correct ? (
    <span className="inline-flex items-center gap-1 text-emerald-800 dark:text-emerald-300">
      <CheckIcon /> Right
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 text-rose-700 dark:text-rose-300">
      <CrossIcon /> Wrong
    </span>
  );
}
