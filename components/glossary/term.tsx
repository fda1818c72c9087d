import { useId, type ReactNode } from "react";
import { findTerm } from "@/content/glossary";
import { InlineText } from "@/components/inline-text";
import { IntentLink } from "@/components/intent-link";
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
  // useId gives characters that are not valid in a CSS ident; kept out of the id for plain selectors.
  const tipId = `term-tip-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const term = findTerm(id);
  if (!term) {
    throw new Error(`<Term id="${id}">: no glossary term has the id "${id}". Add it to content/glossary.ts or fix the id.`);
  }
  return (
    <span className={styles.term}>
      {/* The preview is anchored to its own link by CSS alone (anchor-scope in term.module.css): no
          per-term anchor name in the markup, which a lesson sends twice (HTML and RSC payload). */}
      <IntentLink href={`/glossary/${term.id}`} aria-describedby={tipId} className={styles.link}>
        {children}
      </IntentLink>
      <span id={tipId} role="tooltip" className={styles.tip}>
        <span className={styles.title}>{term.title}</span>{" "}
        <span className={styles.definition}>
          <InlineText text={term.definition} />
        </span>
      </span>
    </span>
  );
}
