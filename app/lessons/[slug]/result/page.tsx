import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findLesson } from "@/content/course-map";
import { findQuiz } from "@/content/quizzes";
import { quizPath } from "@/app/_lib/quiz/paths";
import { readProgress } from "@/app/_lib/quiz/progress";
import { toPublicQuiz } from "@/app/_lib/quiz/public-quiz";
import { savedResultView } from "@/app/_lib/quiz/saved-result";
import { getLearnerSession } from "@/app/_lib/session/learner-session";
import { QuizForm } from "@/components/quiz/quiz-form";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = findLesson((await params).slug);
  // One learner's result, read from their cookie: nothing for a search engine.
  return { title: lesson ? `Your quiz result: ${lesson.title}` : "Quiz result", robots: { index: false } };
}

const link = "font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400";

/**
 * A learner's saved quiz result with every explanation, rendered on the server from their sealed
 * cookie: where a graded quiz lands without JavaScript (post/redirect/get, see quizAction), and
 * what the lesson links returning learners to. Reading the cookie makes this page dynamic; the
 * lesson itself stays static.
 */
export default async function QuizResultPage({ params }: Props) {
  const { slug } = await params;
  const lesson = findLesson(slug);
  const quiz = findQuiz(slug);
  if (!lesson || !quiz) notFound();
  const view = savedResultView(quiz, readProgress(await getLearnerSession(), slug));
  const lessonQuiz = quizPath(slug);

  return (
    <article className="mx-auto max-w-3xl">
      <header className="border-b border-slate-200 pb-6 dark:border-slate-800">
        <p className="text-sm font-semibold tracking-wide text-sky-700 uppercase dark:text-sky-400">Quiz result</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{lesson.title}</h1>
        <p className="mt-3 leading-7 text-slate-700 dark:text-slate-300">
          Read from the sealed cookie in this browser. <a href={`/lessons/${slug}`} className={link}>Back to the lesson</a>
        </p>
      </header>
      {view.kind === "none" && (
        <p className="mt-8 leading-7">
          There is no saved result for this quiz in this browser yet (or it blocks cookies).{" "}
          <a href={lessonQuiz} className={link}>Take the quiz</a>
        </p>
      )}
      {view.kind === "stale" && (
        <p className="mt-8 leading-7">
          Your last score was {view.progress.score} of {view.progress.total}, but the quiz has changed since, so its answers
          cannot be shown. <a href={lessonQuiz} className={link}>Take the new quiz</a>
        </p>
      )}
      {view.kind === "graded" && (
        <section id="quiz" aria-labelledby="quiz-title" className="mt-8">
          <h2 id="quiz-title" tabIndex={-1} className="text-2xl font-bold tracking-tight">
            Your last attempt
          </h2>
          <p className="mt-2 leading-7 text-slate-700 dark:text-slate-300">
            Saved {formatDate(view.progress.updatedAt)}, attempt {view.progress.attempts}. Every option says why it is right or wrong,
            and where that comes from.
          </p>
          <QuizForm quiz={toPublicQuiz(quiz)} initialState={view.state} />
        </section>
      )}
    </article>
  );
}

/** A fixed locale and time zone: the server has no idea of the learner's. */
function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "earlier" : `on ${date.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" })}`;
}
