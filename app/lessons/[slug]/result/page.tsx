import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findLesson } from "@/content/course-map";
import { findLessonQuiz } from "@/content/quizzes";
import { quizPath } from "@/app/_lib/quiz/paths";
import { readProgress } from "@/app/_lib/quiz/progress";
import { toPublicQuiz } from "@/app/_lib/quiz/public-quiz";
import { savedResultView } from "@/app/_lib/quiz/saved-result";
import { getLearnerSession } from "@/app/_lib/session/learner-session";
import { QuizForm } from "@/components/quiz/quiz-form";
import { QuizPageHeader } from "@/components/quiz/quiz-page-header";
import { textLink } from "@/components/text-link";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = findLesson((await params).slug);
  // One learner's result, read from their cookie: nothing for a search engine.
  return { title: lesson ? `Your quiz result: ${lesson.title}` : "Quiz result", robots: { index: false } };
}

/**
 * A learner's saved quiz result with every explanation, rendered on the server from their sealed
 * cookie: where a graded quiz lands without JavaScript (post/redirect/get, see quizAction), and
 * what the lesson links returning learners to. Reading the cookie makes this page dynamic; the
 * lesson itself stays static.
 */
export default async function QuizResultPage({ params }: Props) {
  const { slug } = await params;
  const found = findLessonQuiz(slug);
  if (!found) notFound();
  const { lesson, quiz } = found;
  const view = savedResultView(quiz, readProgress(await getLearnerSession(), slug));
  const lessonQuiz = quizPath(slug);

  return (
    <article className="mx-auto max-w-3xl">
      <QuizPageHeader eyebrow="Quiz result" title={lesson.title}>
        Read from the sealed cookie in this browser. <a href={`/lessons/${slug}`} className={textLink}>Back to the lesson</a>
      </QuizPageHeader>
      {view.kind === "none" && (
        <p className="mt-8 leading-7">
          There is no saved result for this quiz in this browser yet (or it blocks cookies).{" "}
          <a href={lessonQuiz} className={textLink}>Take the quiz</a>
        </p>
      )}
      {view.kind === "stale" && (
        <p className="mt-8 leading-7">
          Your last score was {view.progress.score} of {view.progress.total}, but the quiz has changed since, so its answers
          cannot be shown. <a href={lessonQuiz} className={textLink}>Take the new quiz</a>
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
