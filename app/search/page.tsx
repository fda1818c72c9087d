import type { Metadata } from "next";
import Link from "next/link";
import { parseQuery, runSearch } from "@/app/_lib/search/engine";
import { siteIndex } from "@/app/_lib/search/site-index";
import { kindLabel } from "@/components/search/search-client";

export const metadata: Metadata = {
  title: "Search",
  description: "Search every lesson section, glossary term and quiz question of Session Lab.",
};

type Props = { searchParams: Promise<{ q?: string | string[] }> };

/** The search results page: where the header's search form lands without JavaScript, and Enter lands with it. */
export default async function SearchPage({ searchParams }: Props) {
  const { q } = await searchParams;
  const raw = Array.isArray(q) ? q[0] : q;
  const asked = raw !== undefined && raw.trim() !== "";
  const parsed = parseQuery(raw);
  const hits = parsed.ok ? runSearch(siteIndex(), parsed.query) : [];

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      <form action="/search" method="get" role="search" aria-label="Search again" className="mt-6 flex flex-wrap items-start gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="search-page-q" className="block text-sm font-semibold">
            Lesson sections, glossary terms and quiz questions
          </label>
          <input
            id="search-page-q"
            type="search"
            name="q"
            defaultValue={raw ?? ""}
            aria-invalid={asked && !parsed.ok ? true : undefined}
            aria-describedby={asked && !parsed.ok ? "search-page-problem" : undefined}
            className="mt-1 h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
          />
          {asked && !parsed.ok && (
            <p id="search-page-problem" className="mt-1 text-sm font-medium text-rose-700 dark:text-rose-300">
              {parsed.message}
            </p>
          )}
        </div>
        <button type="submit" className="mt-6 h-10 rounded-md bg-sky-700 px-4 font-semibold text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400">
          Search
        </button>
      </form>

      {parsed.ok && (
        <section aria-labelledby="search-results-title" className="mt-8">
          <h2 id="search-results-title" className="text-xl font-bold">
            {hits.length === 0
              ? `Nothing matches “${parsed.query}”`
              : `${hits.length}${hits.length === 20 ? " best" : ""} result${hits.length === 1 ? "" : "s"} for “${parsed.query}”`}
          </h2>
          {hits.length === 0 ? (
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              Every word must appear. Try fewer words, or browse the <Link href="/glossary" className="underline">glossary</Link>.
            </p>
          ) : (
            <ol className="mt-4 divide-y divide-slate-100 dark:divide-slate-800/70">
              {hits.map((hit) => (
                <li key={hit.id} className="py-4">
                  <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
                    {kindLabel[hit.kind]} · {hit.context}
                  </p>
                  <h3 className="mt-1 text-lg font-semibold">
                    <Link href={hit.href} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
                      {hit.title}
                    </Link>
                  </h3>
                  {hit.excerpt && <p className="mt-1 text-slate-700 dark:text-slate-300">{hit.excerpt}</p>}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}
