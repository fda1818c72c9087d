import type { QuestionResult } from "@/app/_lib/quiz/grade";
import { textLink } from "@/components/text-link";

const linkClass = textLink;

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
