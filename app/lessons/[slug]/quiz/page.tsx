import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { courseMap, findLesson } from "@/content/course-map";
import { findQuiz } from "@/content/quizzes";
import { QuizSection } from "@/components/quiz/quiz-section";

/**
 * A lesson's quiz, on its own page so the lesson's HTML stays within its budget (bench/FINDINGS.md).
 * Static like the lesson: the saved result is fetched after hydration, and without JavaScript the form
 * posts here (useActionState's permalink), where Next runs the quiz's server action.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return courseMap.filter((lesson) => findQuiz(lesson.slug)).map((lesson) => ({ slug: lesson.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lesson = findLesson(slug);
  const quiz = findQuiz(slug);
  if (!lesson || !quiz) return {};
  return {
    title: `${lesson.shortTitle} — quiz`,
    description: `${quiz.questions.length} questions on the lesson “${lesson.title}”, graded on the server, with an explanation and a source for every option.`,
  };
}

const link = "font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300";

export default async function LessonQuizPage({ params }: Props) {
  const { slug } = await params;
  const lesson = findLesson(slug);
  const quiz = findQuiz(slug);
  if (!lesson || !quiz) notFound();
  return (
    <article className="mx-auto max-w-3xl">
      <header className="border-b border-slate-200 pb-6 dark:border-slate-800">
        <p className="text-sm font-semibold tracking-wide text-sky-700 uppercase dark:text-sky-400">
          Quiz · Lesson {courseMap.indexOf(lesson) + 1} of {courseMap.length}
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{lesson.shortTitle} — quiz</h1>
        <p className="mt-3 leading-7 text-slate-700 dark:text-slate-300">
          On the lesson “{lesson.title}”.{" "}
          <Link href={`/lessons/${slug}`} className={link}>
            Back to the lesson
          </Link>
        </p>
      </header>
      <QuizSection quiz={quiz} />
    </article>
  );
}
