import { useId, type ReactNode } from "react";
import { ScrollHint } from "./scroll-hint";
import styles from "./table.module.css";

/**
 * A data table with a caption. Lessons write <thead>/<tbody> as JSX inside it (MDX here has no GFM
 * pipe tables); the styles reach the cells from here. Tables of three or more columns keep a minimum
 * width and scroll sideways on phones; `narrow` ones (two columns of prose) just wrap.
 */
export function Table({ caption, narrow = false, children }: { caption: string; narrow?: boolean; children: ReactNode }) {
  const id = useId();
  if (!caption) throw new Error("<Table> needs a caption that says what the table compares");
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className={styles.region}>
      <table className={narrow ? styles.table : `${styles.table} ${styles.wide}`}>
        <caption id={id} className={styles.caption}>
          <span className={narrow ? undefined : styles.captionText}>
            {caption}
            {narrow ? null : <ScrollHint />}
          </span>
        </caption>
        {children}
      </table>
    </div>
  );
}
