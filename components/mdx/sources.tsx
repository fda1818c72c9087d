import type { ReactNode } from "react";

/** The primary sources a lesson relies on, as a list of links, under its own heading. */
export function Sources({ children }: { children: ReactNode }) {
  if (!children) throw new Error("<Sources> needs a list of links to the primary sources");
  return (
    <section aria-labelledby="sources" className="mt-14 border-t border-slate-200 pt-6 dark:border-slate-800">
      <h2 id="sources" className="mt-0 text-xl font-bold tracking-tight text-slate-900 dark:text-slate-50">
        Sources
      </h2>
      <div className="mt-3 text-[0.9375rem] [&_li]:my-2">{children}</div>
    </section>
  );
}
