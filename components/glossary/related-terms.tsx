import Link from "next/link";
import type { GlossaryTerm } from "@/content/glossary-schema";
import { InlineText } from "@/components/inline-text";

/** The related terms of a glossary page, each with its one-liner. */
export function RelatedTerms({ terms }: { terms: GlossaryTerm[] }) {
  return (
    <section aria-labelledby="related" className="mt-10">
      <h2 id="related" className="text-xl font-bold tracking-tight">
        Related terms
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {terms.map((term) => (
          <li key={term.id}>
            <Link
              href={`/glossary/${term.id}`}
              className="group block h-full rounded-lg border border-slate-200 p-4 hover:border-sky-700 dark:border-slate-800 dark:hover:border-sky-400"
            >
              <span className="font-semibold text-sky-800 group-hover:underline dark:text-sky-300">{term.title}</span>
              <span className="mt-1 block text-sm leading-6 text-slate-700 dark:text-slate-300">
                <InlineText text={term.definition} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
