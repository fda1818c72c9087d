import type { ReactNode } from "react";
import styles from "./callout.module.css";

export type CalloutVariant = "pitfall" | "note" | "deep-dive";

/** How each callout looks and what it is called. Add a variant here (and its classes), not a new component. */
const variantMap: Record<CalloutVariant, { label: string; box: string; accent: string; icon: ReactNode }> = {
  pitfall: {
    label: "Pitfall",
    box: styles.pitfall ?? "",
    accent: styles.pitfallAccent ?? "",
    icon: <path d="M12 3 2 21h20L12 3Zm0 6v5m0 3.5v.5" />,
  },
  note: {
    label: "Note",
    box: styles.note ?? "",
    accent: styles.noteAccent ?? "",
    icon: <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-10v6m0-9.5V7" />,
  },
  "deep-dive": {
    label: "Deep dive",
    box: styles.deepDive ?? "",
    accent: styles.deepDiveAccent ?? "",
    icon: <path d="M4 5h16M4 12h16M4 19h10" />,
  },
};

type Props = { type: CalloutVariant; title: string; children: ReactNode };

/**
 * Pitfalls and notes are always open. A deep dive is optional reading, folded in a <details>
 * so it opens and closes without JavaScript.
 */
export function Callout({ type, title, children }: Props) {
  const variant = variantMap[type];
  if (!variant) {
    throw new Error(`<Callout type="${String(type)}">: type must be one of ${Object.keys(variantMap).join(", ")}`);
  }
  if (!title?.trim()) {
    throw new Error(`<Callout type="${type}"> needs a title="…" that says what the callout is about`);
  }
  const heading = (
    <span className={styles.heading}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className={`${styles.icon} ${variant.accent}`} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        {variant.icon}
      </svg>
      <span>
        <span className={`${styles.label} ${variant.accent}`}>{variant.label}</span>
        <span className={styles.title}>{title}</span>
      </span>
    </span>
  );
  const body = <div className={styles.body}>{children}</div>;

  if (type === "deep-dive") {
    return (
      <details className={`${styles.box} ${variant.box}`}>
        <summary className={styles.summary}>
          {heading}
          <span className={styles.toggle}>
            <span className={styles.show}>Show</span>
            <span className={styles.hide}>Hide</span>
          </span>
        </summary>
        <div className={styles.folded}>{body}</div>
      </details>
    );
  }
  return (
    // role="note", not <aside>: a dozen complementary landmarks in one article would drown the real ones.
    <div role="note" aria-label={`${variant.label}: ${title}`} className={`${styles.box} ${variant.box}`}>
      {heading}
      {body}
    </div>
  );
}
