import Link from "next/link";
import { neighbours } from "@/content/course-map";

const card =
  "group flex flex-col rounded-lg border border-slate-200 px-4 py-3 hover:border-sky-700 dark:border-slate-800 dark:hover:border-sky-400";
const label = "text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";
const title = "mt-1 font-semibold text-sky-800 group-hover:underline dark:text-sky-300";

/** Previous and next lesson from the course map; after the last lesson, where to go instead. */
export function LessonNav({ slug }: { slug: string }) {
  const { prev, next } = neighbours(slug);
  return (
    <nav aria-label="Lessons" className="mt-14 grid gap-3 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800">
      {prev ? (
        <Link href={`/lessons/${prev.slug}`} className={card}>
          <span className={label}>Previous lesson</span>
          <span className={title}>{prev.shortTitle}</span>
        </Link>
      ) : (
        <Link href="/#lessons" className={card}>
          <span className={label}>Course</span>
          <span className={title}>All lessons</span>
        </Link>
      )}
      {next ? (
        <Link href={`/lessons/${next.slug}`} className={`${card} sm:items-end sm:text-right`}>
          <span className={label}>Next lesson</span>
          <span className={title}>{next.shortTitle}</span>
        </Link>
      ) : (
        <Link href="/sandbox" className={`${card} sm:items-end sm:text-right`}>
          <span className={label}>Practise</span>
          <span className={title}>Try it in the sandbox</span>
        </Link>
      )}
    </nav>
  );
}
