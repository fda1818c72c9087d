import type { Ref } from "react";
import type { QuizNotice } from "@/app/_lib/quiz/quiz-state";
import type { PublicQuestion } from "@/app/_lib/quiz/public-quiz";
import { CrossIcon, InfoIcon } from "./icons";
import { questionAnchor } from "./styles";

type Props = {
  notice: QuizNotice | null;
  /** During a retry: how many questions are asked again and the score they add to. */
  retry: { count: number; score: number; total: number } | null;
  questions: PublicQuestion[];
  /** Questions on the form. Links to the ones a notice is about help only when some were fine. */
  askedCount: number;
  focusRef: Ref<HTMLDivElement>;
};

/** What the learner must know before answering: a problem with their last submission, or that this is a retry. */
export function QuizNoticeBox({ notice, retry, questions, askedCount, focusRef }: Props) {
  if (!notice && !retry) return null;
  const number = (id: string) => questions.findIndex((q) => q.id === id) + 1;
  const error = notice?.tone === "error";
  return (
    <div ref={focusRef} tabIndex={-1} id="quiz-notice" className="scroll-mt-20 space-y-3">
      {notice && (
        <div
          className={`flex gap-3 rounded-lg border p-4 leading-7 ${
            error
              ? "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-100"
              : "border-sky-200 bg-sky-50 text-sky-950 dark:border-sky-900 dark:bg-sky-950/50 dark:text-sky-50"
          }`}
        >
          {error ? <CrossIcon className="mt-1 text-rose-700 dark:text-rose-300" /> : <InfoIcon className="mt-1 text-sky-700 dark:text-sky-300" />}
          <div>
            <p className="font-semibold">{error ? "Not checked yet" : "Note"}</p>
            <p>{notice.message}</p>
            {notice.questionIds.length > 0 && notice.questionIds.length < askedCount && (
              <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1" aria-label="Questions to look at">
                {notice.questionIds.map((id) =>
                  number(id) > 0 ? (
                    <li key={id}>
                      <a href={`#${questionAnchor(id)}`} className="font-medium underline underline-offset-2">
                        Question {number(id)}
                      </a>
                    </li>
                  ) : null,
                )}
              </ul>
            )}
          </div>
        </div>
      )}
      {retry && (
        <div className="flex gap-3 rounded-lg border border-sky-200 bg-sky-50 p-4 leading-7 text-sky-950 dark:border-sky-900 dark:bg-sky-950/50 dark:text-sky-50">
          <InfoIcon className="mt-1 text-sky-700 dark:text-sky-300" />
          <p>
            <span className="font-semibold">
              Retrying the {retry.count === 1 ? "question" : `${retry.count} questions`} you missed.
            </span>{" "}
            Your score so far is {retry.score} of {retry.total}; every one you get right now adds to it.
          </p>
        </div>
      )}
    </div>
  );
}
