import Link from "next/link";
import { LESSON_LINKS, type LessonLinkId } from "./lesson-links";

/** "Lesson: <section>" — a small link to where the lesson explains what the sandbox shows. */
export function LessonLink({ to, children }: { to: LessonLinkId; children?: React.ReactNode }) {
  const target = LESSON_LINKS[to];
  return (
    <Link href={target.href} className="font-medium text-sky-800 underline underline-offset-4 hover:decoration-2 dark:text-sky-300">
      {children ?? <>Lesson: {target.label}</>}
    </Link>
  );
}
