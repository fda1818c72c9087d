import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { courseMap } from "@/content/course-map";
import { findLessonQuiz, findQuiz } from "@/content/quizzes";
import { QuizPageHeader } from "@/components/quiz/quiz-page-header";
import { QuizSection } from "@/components/quiz/quiz-section";
import { textLink } from "@/components/text-link";

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
  const found = findLessonQuiz((await params).slug);
  if (!found) return {};
  const { lesson, quiz } = found;
  return {
    title: `${lesson.shortTitle} — quiz`,
    description: `${quiz.questions.length} questions on the lesson “${lesson.title}”, graded on the server, with an explanation and a source for every option.`,
  };
}

export default async function LessonQuizPage({ params }: Props) {
  const { slug } = await params;
  const found = findLessonQuiz(slug);
  if (!found) notFound();
  const { lesson, quiz } = found;
  return (
    <article className="mx-auto max-w-3xl">
      <QuizPageHeader eyebrow={`Quiz · Lesson ${courseMap.indexOf(lesson) + 1} of ${courseMap.length}`} title={`${lesson.shortTitle} — quiz`}>
        On the lesson “{lesson.title}”.{" "}
        <Link href={`/lessons/${slug}`} className={textLink}>
          Back to the lesson
        </Link>
      </QuizPageHeader>
      <QuizSection quiz={quiz} />
    </article>
  );
}
