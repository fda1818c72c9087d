import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { courseMap, findLesson } from "@/content/course-map";
import { lessonModules } from "@/lessons";
import { LessonQuiz } from "@/components/quiz/lesson-quiz";

export const dynamicParams = false;

export function generateStaticParams() {
  return courseMap.map((lesson) => ({ slug: lesson.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = findLesson((await params).slug);
  if (!lesson) return {};
  return { title: lesson.title, description: lesson.description };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = findLesson(slug);
  const load = lessonModules[slug];
  if (!lesson || !load) notFound();
  const { default: Content } = await load();
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{lesson.title}</h1>
      <Content />
      <LessonQuiz slug={slug} />
    </article>
  );
}
