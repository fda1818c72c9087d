import type { Metadata } from "next";
import Link from "next/link";
import { decodeChoices } from "@/app/_lib/quiz/choices";
import { resultFor } from "@/app/_lib/quiz/grade";
import { masteryLabel, masteryOf } from "@/app/_lib/quiz/mastery";
import { refKey } from "@/app/_lib/quiz/review";
import { reviewContext } from "@/app/_lib/quiz/review-session";
import { getLearnerSession } from "@/app/_lib/session/learner-session";
import { QuestionResultCard } from "@/components/quiz/question-result";
import { reviewQuestions } from "@/components/quiz/review-questions";
import { primaryButton, secondaryButton } from "@/components/quiz/styles";
import { findLesson } from "@/content/course-map";
import { findQuiz } from "@/content/quizzes";
import { findTerm } from "@/content/glossary";
import { textLink } from "@/components/text-link";

/** The glossary terms a question tests, so a miss leads to the definition as well as the lesson section. */
function TermLinks({ ids }: { ids: readonly string[] }) {
  const terms = ids.flatMap((id) => findTerm(id) ?? []);
  if (terms.length === 0) return null;
  return (
    <p className="mt-2 text-sm leading-6 text-slate-700 dark:text-slate-300">
      Terms it tests:{" "}
      {terms.map((term, i) => (
        <span key={term.id}>
          {i > 0 && ", "}
          <Link href={`/glossary/${term.id}`} className={textLink}>
            {term.title}
          </Link>
        </span>
      ))}
    </p>
  );
}

export const metadata: Metadata = { title: "Your review result", robots: { index: false } };

/** The last review's result with every explanation, read from the learner's cookie (where the review form lands). */
export default async function ReviewResultPage() {
  const { lastReview, progress } = reviewContext(await getLearnerSession());
  const asked = lastReview ? reviewQuestions(lastReview.refs) : [];
  const choices = lastReview ? decodeChoices(lastReview.chosen, asked.map((a) => a.question.options.length)) : null;
  const graded = asked.flatMap((item, index) => {
    const question = findQuiz(item.ref.slug)!.questions.find((q) => q.id === item.ref.questionId)!;
    const picked = choices?.[index];
    if (!picked) return [];
    const result = resultFor(question, new Set(picked.map((i) => question.options[i]!.id)));
    return [{ ...item, terms: question.terms, result: { ...result, id: refKey(item.ref) } }];
  });
  const score = graded.filter((g) => g.result.correct).length;
  const lessons = [...new Set(graded.map((g) => g.ref.slug))];

  return (
    <article className="mx-auto max-w-3xl">
      <header className="border-b border-slate-200 pb-6 dark:border-slate-800">
        <p className="text-sm font-semibold tracking-wide text-sky-700 uppercase dark:text-sky-400">Review result</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">Your mixed review</h1>
        <p className="mt-3 leading-7 text-slate-700 dark:text-slate-300">Read from the sealed cookie in this browser.</p>
      </header>

      {graded.length === 0 ? (
        <p className="mt-8 leading-7">
          There is no review result in this browser (or the course&apos;s quizzes changed since). <Link href="/review" className={textLink}>Take a review</Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="review-score" className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-5 sm:p-6 dark:border-slate-800 dark:bg-slate-900">
            <h2 id="review-score" className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
              Your score
            </h2>
            <p className="mt-1 text-4xl font-bold tracking-tight">
              {score} <span className="text-xl font-semibold text-slate-600 dark:text-slate-400">of {graded.length}</span>
            </p>
            <h3 className="mt-4 font-semibold">Mastery now</h3>
            <ul className="mt-1 space-y-1">
              {lessons.map((slug) => {
                const lesson = findLesson(slug)!;
                const now = progress[slug];
                return (
                  <li key={slug}>
                    <Link href={`/lessons/${slug}`} className={textLink}>
                      {lesson.shortTitle}
                    </Link>
                    : {masteryLabel(masteryOf(now))}
                    {now ? `, latest ${now.score} of ${now.total}` : ""}
                  </li>
                );
              })}
            </ul>
            <div className="mt-5 flex flex-wrap gap-3">
              <Link href="/review" className={primaryButton}>
                Start another review
              </Link>
              <Link href="/#lessons" className={secondaryButton}>
                Back to the course
              </Link>
            </div>
          </section>
          <div className="mt-8 space-y-6">
            {graded.map(({ ref, lessonTitle, question, result, terms }, index) => (
              <div key={refKey(ref)}>
                <p className="mb-1 text-sm font-semibold text-slate-600 dark:text-slate-400">From {lessonTitle}</p>
                <QuestionResultCard slug={ref.slug} question={question} result={result} number={index + 1} total={graded.length} />
                <TermLinks ids={terms} />
              </div>
            ))}
          </div>
        </>
      )}
    </article>
  );
}
