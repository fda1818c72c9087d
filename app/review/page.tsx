import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { quizPath } from "@/app/_lib/quiz/paths";
import { newSeed, REVIEW_SIZE, SEED_PATTERN, selectReview, refKey } from "@/app/_lib/quiz/review";
import { REVIEW_FIELD } from "@/app/_lib/quiz/review-form";
import { reviewContext } from "@/app/_lib/quiz/review-session";
import { getLearnerSession } from "@/app/_lib/session/learner-session";
import { QuestionFieldset } from "@/components/quiz/question-fieldset";
import { reviewQuestions } from "@/components/quiz/review-questions";
import { primaryButton } from "@/components/quiz/styles";
import { courseMap } from "@/content/course-map";
import { textLink } from "@/components/text-link";

export const metadata: Metadata = {
  title: "Mixed review",
  description: "Ten questions from the lessons you have attempted, weighted toward the ones you missed and the ones you have not seen for longest.",
  robots: { index: false },
};

type Props = { searchParams: Promise<{ seed?: string | string[] }> };

/**
 * The mixed review: drawn from the learner's cookie with the seed in the URL, so the link reproduces the
 * same questions for the same progress. Without a seed, a fresh one is chosen and put in the URL.
 * A plain form, graded on the server: it works without JavaScript.
 */
export default async function ReviewPage({ searchParams }: Props) {
  const { seed } = await searchParams;
  if (typeof seed !== "string" || !SEED_PATTERN.test(seed)) redirect(`/review?seed=${newSeed()}`);
  const { bank } = reviewContext(await getLearnerSession());
  const asked = reviewQuestions(selectReview(bank, seed));
  const missedInBank = bank.filter((c) => c.missed).length;
  const lessonsInBank = new Set(bank.map((c) => c.slug)).size;

  return (
    <article className="mx-auto max-w-3xl">
      <header className="border-b border-slate-200 pb-6 dark:border-slate-800">
        <p className="text-sm font-semibold tracking-wide text-sky-700 uppercase dark:text-sky-400">Practice</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">Mixed review</h1>
        <p className="mt-3 leading-7 text-slate-700 dark:text-slate-300">
          Up to {REVIEW_SIZE} questions drawn from the lessons whose quiz you have taken. A question you missed is four times as
          likely to come up, and one you have not seen for longest up to four times more: retrieving what is slipping is what
          makes it stick. Your answers update each lesson&apos;s latest score and mastery. A question left blank counts as missed.
        </p>
      </header>

      {asked.length === 0 ? (
        <div className="mt-8 space-y-3 leading-7">
          <p>There is nothing to review yet: no lesson&apos;s quiz has a result in this browser (or it blocks cookies).</p>
          <p>
            Start with <Link href={quizPath(courseMap[0]!.slug)} className={textLink}>the {courseMap[0]!.shortTitle} quiz</Link>, then come back.
          </p>
        </div>
      ) : (
        <form method="post" action="/api/review" className="mt-8 space-y-6" aria-describedby="review-drawn">
          <p id="review-drawn" className="text-sm text-slate-600 dark:text-slate-400">
            Drawn from {lessonsInBank} lesson{lessonsInBank === 1 ? "" : "s"} ({bank.length} questions, {missedInBank} missed last time).{" "}
            <Link href={`/review?seed=${seed}`} className={textLink}>Link to these questions</Link> ·{" "}
            <Link href="/review" className={textLink}>Draw other questions</Link>
          </p>
          <input type="hidden" name={REVIEW_FIELD.seed} value={seed} />
          {asked.map(({ ref, lessonTitle, question }, index) => (
            <div key={refKey(ref)}>
              <p className="mb-1 text-sm font-semibold text-slate-600 dark:text-slate-400">From {lessonTitle}</p>
              <input type="hidden" name={REVIEW_FIELD.ref} value={refKey(ref)} />
              <QuestionFieldset
                slug={ref.slug}
                question={question}
                number={index + 1}
                total={asked.length}
                chosen={[]}
                problem={null}
                peek={undefined}
                pending={false}
                checkable={false}
              />
            </div>
          ))}
          <button type="submit" className={primaryButton}>
            Check my answers
          </button>
        </form>
      )}
    </article>
  );
}
