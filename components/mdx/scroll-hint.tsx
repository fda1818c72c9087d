import styles from "./scroll-hint.module.css";

/**
 * Phones only: said after the caption of a diagram or table that keeps a readable size on narrow
 * screens and scrolls sideways instead of shrinking.
 */
export function ScrollHint() {
  return <span className={styles.hint}> Scroll sideways to see all of it.</span>;
}
