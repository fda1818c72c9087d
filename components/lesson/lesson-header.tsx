import type { LessonMeta } from "@/content/course-map";

/** The lesson's title block: where it sits in the course, its h1, and how long it takes. */
export function LessonHeader({ lesson, number }: { lesson: LessonMeta; number: number }) {
  return (
    <header className="border-b border-slate-200 pb-6 dark:border-slate-800">
      <p className="text-sm font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">
        Lesson {number} · about {lesson.minutes} minutes
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{lesson.title}</h1>
    </header>
  );
}
