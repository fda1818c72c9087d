import Link from "next/link";
import type { LessonUse } from "@/app/glossary/_lib/lesson-terms";

/** The lessons that link a term, derived from their <Term> tags, with links to the sections. */
export function UsedIn({ uses }: { uses: LessonUse[] }) {
  return (
    <section aria-labelledby="used-in" className="mt-10">
      <h2 id="used-in" className="text-xl font-bold tracking-tight">
        Used in
      </h2>
      {uses.length === 0 ? (
        <p className="mt-3 text-slate-700 dark:text-slate-300">No lesson links to this term yet.</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {uses.map(({ lesson, sections }) => (
            <li key={lesson.slug}>
              <Link
                href={`/lessons/${lesson.slug}`}
                className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300"
              >
                {lesson.title}
              </Link>
              {sections.length > 0 && (
                <ul aria-label={`Sections of ${lesson.shortTitle} that use this term`} className="mt-2 flex flex-wrap gap-2">
                  {sections.map((section) => (
                    <li key={section.id}>
                      <Link
                        href={`/lessons/${lesson.slug}#${section.id}`}
                        className="inline-block rounded-md bg-slate-100 px-2.5 py-1 text-sm text-slate-800 hover:bg-sky-100 hover:text-sky-900 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-sky-950 dark:hover:text-sky-200"
                      >
                        {section.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
