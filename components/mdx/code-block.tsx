import { createHash } from "node:crypto";
import { Fragment, cloneElement, isValidElement, type CSSProperties, type ReactNode } from "react";
import styles from "./code-block.module.css";
import { CopyButton } from "./copy-button";
import { staticHtml } from "./static-html";
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
 * this adds a header with the title and a copy button (which reads the code from the page).
 */
export function Pre({ children, className, style, title }: PreProps) {
  // MDX gives <pre><code>…</code></pre>; render the tokens in a plain <code> so the inline-code
  // styles (the `code` entry of the registry) do not apply inside blocks.
  const code = isValidElement<{ children?: ReactNode }>(children) ? children.props.children : children;
  const tokens = tokensToClasses(code, style);
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>
        <span className={styles.title}>{title ?? ""}</span>
        <CopyButton label={title ?? textOf(code).split("\n", 1)[0] ?? "code"} />
      </figcaption>
      <pre
        // Of Shiki's classes only `shiki` is styled (globals.css); the theme names are dead weight.
        className={`${className?.split(" ").includes("shiki") ? "shiki " : ""}${styles.pre}`}
        style={style}
        tabIndex={0}
      >
        <code dangerouslySetInnerHTML={{ __html: staticHtml(tokens.node) }} />
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
