import type { ReactNode } from "react";
import styles from "./prose.module.css";

/** MDX's wrapper: the lesson's typography comes from one class here (see prose.module.css). */
export function LessonBody({ children }: { children: ReactNode }) {
  return <div className={styles.prose}>{children}</div>;
}
