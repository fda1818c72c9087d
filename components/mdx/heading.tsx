import type { ReactNode } from "react";
import { textOf } from "./text-of";

type Level = 2 | 3 | 4;

const styles: Record<Level, string> = {
  2: "mt-14 mb-4 text-2xl font-bold tracking-tight sm:text-[1.75rem] sm:leading-9",
  3: "mt-10 mb-3 text-xl font-semibold tracking-tight",
  4: "mt-8 mb-2 text-lg font-semibold",
};

/** A heading whose id (from rehype-slug) is a stable link target that readers can copy. */
function Heading({ level, id, children }: { level: Level; id?: string; children?: ReactNode }) {
  const Tag = `h${level}` as const;
  if (!id) throw new Error(`An h${level} "${textOf(children)}" has no id; is rehype-slug missing from next.config.mjs?`);
  return (
    <Tag id={id} className={`group scroll-mt-20 text-slate-900 dark:text-slate-50 ${styles[level]}`}>
      {/* The whole heading is the link (as on MDN): its name stays the heading text, and the
          "#" is decoration that appears on hover and focus. */}
      <a href={`#${id}`} className="rounded text-inherit no-underline hover:underline hover:decoration-slate-400 hover:underline-offset-4">
        {children}
        <span aria-hidden="true" className="ml-2 font-normal text-slate-500 opacity-0 group-hover:opacity-100 group-focus-within:opacity-100 dark:text-slate-400">
          #
        </span>
      </a>
    </Tag>
  );
}

export const H2 = (props: { id?: string; children?: ReactNode }) => <Heading level={2} {...props} />;
export const H3 = (props: { id?: string; children?: ReactNode }) => <Heading level={3} {...props} />;
export const H4 = (props: { id?: string; children?: ReactNode }) => <Heading level={4} {...props} />;
