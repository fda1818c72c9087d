import Link from "next/link";
import type { LessonMeta } from "@/content/course-map";
import type { LessonProgress } from "@/app/_lib/session/learner-cookie";

type Props = { lesson: LessonMeta; number: number; progress?: LessonProgress };

export function LessonCard({ lesson, number, progress }: Props) {
  return (
    <article className="relative rounded-lg border border-slate-200 p-6 focus-within:border-sky-700 hover:border-sky-700 dark:border-slate-800 dark:focus-within:border-sky-400 dark:hover:border-sky-400">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Lesson {number} · {lesson.minutes} min
      </p>
      <h3 className="mt-1 text-xl font-semibold">
        {/* The whole card is the link's click target; the name stays the lesson title. */}
        <Link href={`/lessons/${lesson.slug}`} className="after:absolute after:inset-0 after:content-['']">
          {lesson.title}
        </Link>
      </h3>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{lesson.description}</p>
      <LessonStatus progress={progress} />
    </article>
  );
}

function LessonStatus({ progress }: { progress?: LessonProgress }) {
  if (!progress) {
    return <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">Not started: no quiz result yet.</p>;
  }
  const percent = Math.round((progress.best / progress.total) * 100);
  const done = progress.best === progress.total;
  return (
    <div className="mt-4">
      <p className="text-sm font-medium">
        {done ? "Quiz mastered" : "Quiz in progress"}: best {progress.best} of {progress.total}
        {progress.score !== progress.best ? `, latest ${progress.score}` : ""}
        {" · "}
        {progress.attempts} {progress.attempts === 1 ? "attempt" : "attempts"}
      </p>
      <div
        role="progressbar"
        aria-label="Best quiz score"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.best}
        aria-valuetext={`${progress.best} of ${progress.total} questions right`}
        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={`h-full rounded-full ${done ? "bg-emerald-600 dark:bg-emerald-400" : "bg-sky-700 dark:bg-sky-400"}`}
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}

