import { findQuiz } from "@/content/quizzes";
import { toPublicQuiz } from "@/app/_lib/quiz/public-quiz";
import { QuizForm } from "./quiz-form";

/** The quiz that closes a lesson, or nothing if the lesson has none. Only questions and options reach the browser. */
export function LessonQuiz({ slug }: { slug: string }) {
  const quiz = findQuiz(slug);
  if (!quiz) return null;
  const count = quiz.questions.length;
  return (
    <section id="quiz" aria-labelledby="quiz-title" className="mt-16 scroll-mt-20 border-t border-slate-200 pt-10 dark:border-slate-800">
      <h2 id="quiz-title" tabIndex={-1} className="text-2xl font-bold tracking-tight sm:text-3xl">
        Check yourself
      </h2>
      <p className="mt-3 max-w-prose leading-7 text-slate-700 dark:text-slate-300">
        {count} questions on this lesson. Some have one answer, some several. When you check, every option tells you why it
        is right or wrong, and you can retry just the ones you missed. Your result is kept in a sealed, HttpOnly cookie
        in this browser, like the sessions this lesson describes.
      </p>
      <QuizForm quiz={toPublicQuiz(quiz)} />
    </section>
  );
}
