import type { ReactNode } from "react";

/**
 * The header of the two pages a lesson's quiz lives on, the quiz itself and the learner's saved result: the same
 * frame, so moving from one to the other after grading looks like one page changing state.
 */
export function QuizPageHeader({ eyebrow, title, children }: { eyebrow: ReactNode; title: ReactNode; children: ReactNode }) {
  return (
    <header className="border-b border-slate-200 pb-6 dark:border-slate-800">
      <p className="text-sm font-semibold tracking-wide text-sky-700 uppercase dark:text-sky-400">{eyebrow}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{title}</h1>
      <p className="mt-3 leading-7 text-slate-700 dark:text-slate-300">{children}</p>
    </header>
  );
}
