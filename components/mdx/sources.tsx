import type { ReactNode } from "react";
import styles from "./lesson-frame.module.css";

/** The primary sources a lesson relies on, as a list of links, under its own heading. */
export function Sources({ children }: { children: ReactNode }) {
  if (!children) throw new Error("<Sources> needs a list of links to the primary sources");
  return (
    <section aria-labelledby="sources" className={styles.sources}>
      <h2 id="sources" className={styles.boxTitle}>
        Sources
      </h2>
      <div className={styles.sourcesBody}>{children}</div>
    </section>
  );
}
