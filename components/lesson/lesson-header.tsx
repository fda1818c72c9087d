import Link from "next/link";
import { PrerequisiteLevel } from "./prerequisite-level";
import { courseMap, prerequisitesOf, type LessonMeta } from "@/content/course-map";
import { IntentLink } from "@/components/intent-link";
import { textLink } from "@/components/text-link";

/** The lesson's title block: where it sits in the course, its h1, how long it takes and what it builds on. */
export function LessonHeader({ lesson, number }: { lesson: LessonMeta; number: number }) {
  const before = prerequisitesOf(lesson);
  return (
    <header className="border-b border-slate-200 pb-6 dark:border-slate-800">
      <p className="text-sm font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">
        Lesson {number} of {courseMap.length} · about {lesson.minutes} minutes
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{lesson.title}</h1>
      {before.length > 0 && (
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
          Before this lesson:{" "}
          {before.map((p, i) => (
            <span key={p.slug}>
              {i > 0 && ", "}
              <IntentLink href={`/lessons/${p.slug}`} className={textLink}>
                {p.shortTitle}
              </IntentLink>
              <PrerequisiteLevel slug={p.slug} />
            </span>
          ))}
          . Your level in each is on the <Link href="/#lessons" className="underline underline-offset-2">course map</Link>.
        </p>
      )}
    </header>
  );
}
