import type { ReactNode } from "react";
import styles from "./callout.module.css";

export type CalloutVariant = "pitfall" | "note" | "deep-dive";

/** How each callout looks and what it is called. Add a variant here (and its classes and icon in the CSS), not a new component. */
const variantMap: Record<CalloutVariant, { label: string; box: string; accent: string }> = {
  pitfall: {
    label: "Pitfall",
    box: styles.pitfall ?? "",
    accent: styles.pitfallAccent ?? "",
  },
  note: {
    label: "Note",
    box: styles.note ?? "",
    accent: styles.noteAccent ?? "",
  },
  "deep-dive": {
    label: "Deep dive",
    box: styles.deepDive ?? "",
    accent: styles.deepDiveAccent ?? "",
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
      <span aria-hidden="true" className={`${styles.icon} ${variant.accent}`} />
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
