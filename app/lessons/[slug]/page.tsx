import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { courseMap, findLesson } from "@/content/course-map";
import { lessonModules } from "@/lessons";
import { QuizCard } from "@/components/quiz/quiz-card";
import { LessonHeader } from "@/components/lesson/lesson-header";
import { LessonNav } from "@/components/lesson/lesson-nav";

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
      <LessonHeader lesson={lesson} number={courseMap.indexOf(lesson) + 1} />
      <Content />
      <QuizCard slug={slug} />
      <LessonNav slug={slug} />
    </article>
  );
}
