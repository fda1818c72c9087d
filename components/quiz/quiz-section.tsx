import type { Quiz } from "@/content/quiz-schema";
import { toPublicQuiz } from "@/app/_lib/quiz/public-quiz";
import { QuizForm } from "./quiz-form";

/** A lesson's quiz on its own page (app/lessons/[slug]/quiz). Only questions and options reach the browser. */
export function QuizSection({ quiz }: { quiz: Quiz }) {
  return (
    <section id="quiz" aria-labelledby="quiz-title" className="mt-10 scroll-mt-20">
      <h2 id="quiz-title" tabIndex={-1} className="text-2xl font-bold tracking-tight sm:text-3xl">
        Check yourself
      </h2>
      <p className="mt-3 max-w-prose leading-7 text-slate-700 dark:text-slate-300">
        {quiz.questions.length} questions. Some have one answer, some several. When you check, every option tells you why
        it is right or wrong, and you can retry just the ones you missed. Your result is kept in a sealed, HttpOnly cookie
        in this browser, like the sessions the lesson describes.
      </p>
      <QuizForm quiz={toPublicQuiz(quiz)} />
    </section>
  );
}
