import type { ReactNode } from "react";
import { textOf } from "./text-of";

type Level = 2 | 3 | 4;

/** A heading whose id (from rehype-slug) is a stable link target that readers can copy. */
function Heading({ level, id, children }: { level: Level; id?: string; children?: ReactNode }) {
  const Tag = `h${level}` as const;
  if (!id) throw new Error(`An h${level} "${textOf(children)}" has no id; is rehype-slug missing from next.config.mjs?`);
  return (
    // The whole heading is the link (as on MDN), so its name stays the heading text; the "#" shown
    // on hover and focus is CSS decoration (prose.module.css).
    <Tag id={id}>
      <a href={`#${id}`}>{children}</a>
    </Tag>
  );
}

export const H2 = (props: { id?: string; children?: ReactNode }) => <Heading level={2} {...props} />;
export const H3 = (props: { id?: string; children?: ReactNode }) => <Heading level={3} {...props} />;
export const H4 = (props: { id?: string; children?: ReactNode }) => <Heading level={4} {...props} />;
