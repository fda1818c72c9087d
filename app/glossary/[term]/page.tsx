import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findTerm, glossary } from "@/content/glossary";
import { InlineText, toPlainText } from "@/components/inline-text";
import { RelatedTerms } from "@/components/glossary/related-terms";
import { UsedIn } from "@/components/glossary/used-in";
import { termUsageIndex } from "../_lib/lesson-terms";

export const dynamicParams = false;

export function generateStaticParams() {
  return glossary.map((term) => ({ term: term.id }));
}

type Props = { params: Promise<{ term: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const term = findTerm((await params).term);
  if (!term) return {};
  return { title: `${term.title} (glossary)`, description: toPlainText(term.definition) };
}

export default async function GlossaryTermPage({ params }: Props) {
  const term = findTerm((await params).term);
  if (!term) notFound();
  const uses = termUsageIndex().get(term.id) ?? [];
  const related = term.related.map((id) => findTerm(id)).filter((t) => t !== undefined);

  return (
    <article className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex gap-2 text-slate-600 dark:text-slate-400">
          <li>
            <Link href="/glossary" className="text-sky-800 underline-offset-4 hover:underline dark:text-sky-300">
              Glossary
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page">{term.title}</li>
        </ol>
      </nav>
      <h1 className="mt-3 text-3xl font-bold tracking-tight sm:text-4xl">{term.title}</h1>
      {term.aliases.length > 0 && (
        <p className="mt-2 text-slate-600 dark:text-slate-400">Also called {term.aliases.join(", ")}</p>
      )}
      <p className="mt-6 border-l-4 border-sky-700 pl-4 text-lg leading-8 font-medium text-slate-800 dark:border-sky-400 dark:text-slate-200">
        <InlineText text={term.definition} />
      </p>

      <div className="mt-8 space-y-5 leading-7 text-slate-700 dark:text-slate-300">
        {term.explanation.map((paragraph, i) => (
          <p key={i}>
            <InlineText text={paragraph} />
          </p>
        ))}
      </div>

      <RelatedTerms terms={related} />
      <UsedIn uses={uses} />

      <section aria-labelledby="sources" className="mt-10">
        <h2 id="sources" className="text-xl font-bold tracking-tight">
          Sources
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-700 dark:text-slate-300">
          {term.sources.map((source) => (
            <li key={source.href}>
              <a href={source.href} className="text-sky-800 underline underline-offset-4 dark:text-sky-300">
                {source.label}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
