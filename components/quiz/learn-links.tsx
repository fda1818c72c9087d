import type { QuestionResult } from "@/app/_lib/quiz/grade";

const linkClass = "font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400";

/** After a question's explanations: the lesson section that teaches it and, if there is one, the lab to try it. */
export function LearnLinks({ slug, result, number }: { slug: string; result: Pick<QuestionResult, "section" | "lab">; number: number }) {
  return (
    <p className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm leading-6">
      <a href={`/lessons/${slug}#${result.section}`} className={linkClass}>
        Read the lesson section<span className="sr-only"> that question {number} tests</span>
      </a>
      {result.lab && (
        <a href={result.lab.href} className={linkClass}>
          Try it: {result.lab.label}
        </a>
      )}
    </p>
  );
}
