import type { ReactNode } from "react";
import styles from "./lesson-frame.module.css";

/** The lesson's opening paragraph(s), set larger than the body. */
export function Intro({ children }: { children: ReactNode }) {
  return (
    <div className={styles.intro}>
      {children}
    </div>
  );
}

function Box({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={styles.box}>
      <h2 id={id} className={styles.boxTitle}>
        {title}
      </h2>
      <div className={styles.boxBody}>{children}</div>
    </section>
  );
}

/** What the reader will be able to do after the lesson: a short list of outcomes. */
export function YouWillLearn({ children }: { children: ReactNode }) {
  return (
    <Box id="you-will-learn" title="You will learn">
      {children}
    </Box>
  );
}

/** The lesson's summary at the end: the points worth remembering. */
export function Recap({ children }: { children: ReactNode }) {
  return (
    <Box id="recap" title="Recap">
      {children}
    </Box>
  );
}
