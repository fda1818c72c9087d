import Link from "next/link";
import { findQuiz } from "@/content/quizzes";
import { quizPath } from "@/app/_lib/quiz/paths";
import { QuizCardResult } from "./quiz-card-result";
import { primaryButton } from "./styles";

/**
 * Where a lesson's quiz used to be, a short card that leads to it: the quiz has its own page, so the
 * lesson's HTML does not carry twenty questions twice (markup and RSC payload). The card keeps the
 * section's id and heading, so old `#quiz` links still land on the way in. Nothing if the lesson has no quiz.
 */
export function QuizCard({ slug }: { slug: string }) {
  const quiz = findQuiz(slug);
  if (!quiz) return null;
  return (
    <section id="quiz" aria-labelledby="quiz-title" className="mt-16 scroll-mt-20 border-t border-slate-200 pt-10 dark:border-slate-800">
      <h2 id="quiz-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
        Check yourself
      </h2>
      <p className="mt-3 max-w-prose leading-7 text-slate-700 dark:text-slate-300">
        {quiz.questions.length} questions on this lesson, on a page of their own. Every option tells you why it is right or
        wrong, and links back to the section that teaches it.
      </p>
      <div className="mt-6 space-y-6">
        <QuizCardResult slug={slug} />
        <Link href={quizPath(slug)} className={primaryButton}>
          Take the quiz
        </Link>
      </div>
    </section>
  );
}
