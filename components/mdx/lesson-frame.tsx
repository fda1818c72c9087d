import type { ReactNode } from "react";

/** The lesson's opening paragraph(s), set larger than the body. */
export function Intro({ children }: { children: ReactNode }) {
  return (
    <div className="mt-6 text-lg leading-8 text-slate-700 sm:text-xl sm:leading-9 dark:text-slate-300 [&_p]:my-4">
      {children}
    </div>
  );
}

function Box({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="my-10 rounded-lg border border-slate-200 bg-slate-50 px-5 py-5 sm:px-6 dark:border-slate-700 dark:bg-slate-900">
      <h2 id={id} className="mt-0 text-xl font-bold tracking-tight text-slate-900 dark:text-slate-50">
        {title}
      </h2>
      <div className="mt-3 [&_li]:my-1.5 [&>ul]:my-0">{children}</div>
    </section>
  );
}

/** What the reader will be able to do after the lesson: a short list of outcomes. */
export function YouWillLearn({ children }: { children: ReactNode }) {
  return (
    <Box id="you-will-learn" title="You will learn">
      {children}
    </Box>
  );
}

/** The lesson's summary at the end: the points worth remembering. */
export function Recap({ children }: { children: ReactNode }) {
  return (
    <Box id="recap" title="Recap">
      {children}
    </Box>
  );
}
