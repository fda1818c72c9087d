import { createHash } from "node:crypto";
import { Fragment, cloneElement, isValidElement, type CSSProperties, type ReactNode } from "react";
import { CopyButton } from "./copy-button";
import { textOf } from "./text-of";
import { tokensToClasses } from "./token-classes";

type PreProps = {
  children?: ReactNode;
  className?: string;
  style?: CSSProperties;
  /** Set by <CodeBlock title="…">: a file name or what the block shows. */
  title?: string;
};

/**
 * Replaces MDX's <pre>. Shiki has already highlighted the code at build time (next.config.mjs);
 * this adds a header with the title and a copy button, whose text is extracted here on the server.
 */
export function Pre({ children, className, style, title }: PreProps) {
  // MDX gives <pre><code>…</code></pre>; render the tokens in a plain <code> so the inline-code
  // styles (the `code` entry of the registry) do not apply inside blocks.
  const code = isValidElement<{ children?: ReactNode }>(children) ? children.props.children : children;
  const text = textOf(code);
  const tokens = tokensToClasses(code);
  return (
    <figure className="my-6 overflow-hidden rounded-lg border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900">
      <figcaption className="flex min-h-11 items-center justify-between gap-3 border-b border-slate-200 px-4 py-2 dark:border-slate-700">
        <span className="min-w-0 truncate font-mono text-xs text-slate-700 dark:text-slate-300">{title ?? ""}</span>
        <CopyButton code={text} label={title ?? text.split("\n", 1)[0] ?? "code"} />
      </figcaption>
      <pre
        className={`${className ?? ""} overflow-x-auto px-4 py-4 font-mono text-[0.8125rem] leading-6 sm:text-sm`}
        style={style}
        tabIndex={0}
      >
        <code>{tokens.node}</code>
      </pre>
      {/* React hoists this into <head> and sends each distinct block of rules once. */}
      <style href={`shiki-${hashOf(tokens.css)}`} precedence="default">
        {tokens.css}
      </style>
    </figure>
  );
}

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

/** Wraps one fenced block to give it a title: <CodeBlock title="app/api/session/route.ts"> ```ts … ``` </CodeBlock> */
export function CodeBlock({ title, children }: { title: string; children: ReactNode }) {
  if (!title) throw new Error("<CodeBlock> needs a title, e.g. the file name the code belongs in");
  // @shikijs/rehype swaps each <pre> for a hast root, which MDX turns into a Fragment around it.
  const inner = isValidElement<{ children?: ReactNode }>(children) && children.type === Fragment ? children.props.children : children;
  if (!isValidElement<PreProps>(inner) || inner.type !== Pre) {
    throw new Error(`<CodeBlock title="${title}"> must wrap exactly one fenced code block, with blank lines around it`);
  }
  return cloneElement(inner, { title });
}
