import type { Metadata } from "next";
import Link from "next/link";
import { glossary } from "@/content/glossary";
import { InlineText } from "@/components/inline-text";
import { groupTerms } from "./_lib/group-terms";

export const metadata: Metadata = {
  title: "Glossary",
  description:
    "Every term the Session Lab lessons use, from cookie and session ID to sticky sessions and session fixation: a one-line definition, a sourced explanation and where each appears.",
};

export default function GlossaryPage() {
  const groups = groupTerms(glossary);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Glossary</h1>
      <p className="mt-4 text-lg leading-8 text-slate-700 dark:text-slate-300">
        The {glossary.length} terms of Session Lab, each with a one-line definition. Open a term for a longer
        explanation, its sources, related terms and the lessons that use it.
      </p>

      <nav aria-label="Glossary letters" className="mt-8">
        <ul className="flex flex-wrap gap-2">
          {groups.map(({ letter }) => (
            <li key={letter}>
              <a
                href={`#letter-${letter}`}
                className="flex h-9 min-w-9 items-center justify-center rounded-md border border-slate-300 px-2 font-semibold text-slate-800 hover:border-sky-700 hover:text-sky-800 dark:border-slate-700 dark:text-slate-200 dark:hover:border-sky-400 dark:hover:text-sky-300"
              >
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {groups.map(({ letter, terms }) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-10">
          <h2
            id={`letter-${letter}`}
            className="border-b border-slate-200 pb-2 text-xl font-bold text-slate-800 dark:border-slate-800 dark:text-slate-200"
          >
            {letter}
          </h2>
          <ul className="mt-2 divide-y divide-slate-100 dark:divide-slate-800/70">
            {terms.map((term) => (
              <li key={term.id} id={term.id} className="scroll-mt-20 py-4">
                <h3 className="text-lg font-semibold">
                  <Link
                    href={`/glossary/${term.id}`}
                    className="text-sky-800 underline-offset-4 hover:underline dark:text-sky-300"
                  >
                    {term.title}
                  </Link>
                </h3>
                {term.aliases.length > 0 && (
                  <p className="text-sm text-slate-600 dark:text-slate-400">Also called {term.aliases.join(", ")}</p>
                )}
                <p className="mt-1 leading-7 text-slate-700 dark:text-slate-300">
                  <InlineText text={term.definition} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
