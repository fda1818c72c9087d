import { Fragment } from "react";

/**
 * Renders authored prose from typed content (glossary definitions, quiz questions and feedback), where
 * `backticks` mark inline code; nothing else is interpreted, so the data cannot inject markup.
 */
export function InlineText({ text }: { text: string }) {
  const parts = text.split("`");
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <code
        key={i}
        className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] break-words text-slate-900 dark:bg-slate-800 dark:text-slate-100"
      >
        {part}
      </code>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

/** The same prose without markup, for meta descriptions and other plain-text places. */
export function toPlainText(text: string): string {
  return text.replaceAll("`", "");
}
