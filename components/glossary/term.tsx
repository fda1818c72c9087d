import Link from "next/link";
import { useId, type ReactNode } from "react";
import { findTerm } from "@/content/glossary";
import { InlineText } from "./inline-text";
import styles from "./term.module.css";

type Props = {
  /** The glossary slug, e.g. "session-fixation". An unknown id throws, which fails the build. */
  id: string;
  /** The words as they read in the sentence. */
  children: ReactNode;
};

/**
 * An inline link to a glossary term with a preview on hover and keyboard focus, in CSS alone.
 * The preview is the link's accessible description, so screen readers announce it too.
 */
export function Term({ id, children }: Props) {
  // useId gives characters that are not valid in a CSS ident; the anchor name needs one.
  const tipId = `term-tip-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const term = findTerm(id);
  if (!term) {
    throw new Error(`<Term id="${id}">: no glossary term has the id "${id}". Add it to content/glossary.ts or fix the id.`);
  }
  return (
    <span className={styles.term}>
      <Link
        href={`/glossary/${term.id}`}
        aria-describedby={tipId}
        className="font-medium text-sky-800 underline decoration-sky-700/60 decoration-dotted decoration-2 underline-offset-4 hover:decoration-solid dark:text-sky-300 dark:decoration-sky-400/70"
        style={{ anchorName: `--${tipId}` }}
      >
        {children}
      </Link>
      <span
        id={tipId}
        role="tooltip"
        className={`${styles.tip} border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900`}
        style={{ positionAnchor: `--${tipId}` }}
      >
        <span className="block font-semibold text-slate-900 dark:text-white">{term.title}</span>{" "}
        <span className="mt-1 block text-slate-700 dark:text-slate-300">
          <InlineText text={term.definition} />
        </span>
      </span>
    </span>
  );
}
