import Link from "next/link";
import type { LessonMeta } from "@/content/course-map";
import type { LessonProgress } from "@/app/_lib/session/learner-cookie";
import { masteryLabel, masteryOf, masteryRank, MASTERY_LEVELS, type MasteryLevel } from "@/app/_lib/quiz/mastery";

type Props = { lesson: LessonMeta; number: number; total: number; progress?: LessonProgress; prerequisites: { lesson: LessonMeta; level: MasteryLevel }[] };

export function LessonCard({ lesson, number, total, progress, prerequisites }: Props) {
  const level = masteryOf(progress);
  return (
    <article className="relative rounded-lg border border-slate-200 p-6 focus-within:border-sky-700 hover:border-sky-700 dark:border-slate-800 dark:focus-within:border-sky-400 dark:hover:border-sky-400">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Lesson {number} of {total} · {lesson.minutes} min
      </p>
      <h3 className="mt-1 text-xl font-semibold">
        {/* The whole card is the link's click target; the name stays the lesson title. */}
        <Link href={`/lessons/${lesson.slug}`} className="after:absolute after:inset-0 after:content-['']">
          {lesson.title}
        </Link>
      </h3>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{lesson.description}</p>
      {prerequisites.length > 0 && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Builds on: {prerequisites.map((p) => `${p.lesson.shortTitle} (${masteryLabel(p.level).toLowerCase()})`).join(", ")}
        </p>
      )}
      <LessonStatus level={level} progress={progress} />
    </article>
  );
}

/** The level in words and as a five-step meter; the words carry it, the meter only repeats it. */
function LessonStatus({ level, progress }: { level: MasteryLevel; progress?: LessonProgress }) {
  const rank = masteryRank(level);
  const steps = MASTERY_LEVELS.length - 1;
  return (
    <div className="mt-4">
      <p className="text-sm font-medium">
        {masteryLabel(level)}
        {progress
          ? `: latest ${progress.score} of ${progress.total}, best ${progress.best} · ${progress.attempts} ${progress.attempts === 1 ? "attempt" : "attempts"}`
          : ": no quiz result yet"}
      </p>
      <div
        role="meter"
        aria-label="Mastery"
        aria-valuemin={0}
        aria-valuemax={steps}
        aria-valuenow={rank}
        aria-valuetext={masteryLabel(level)}
        className="mt-2 grid max-w-56 grid-cols-4 gap-1"
      >
        {Array.from({ length: steps }, (_, i) => (
          <span
            key={i}
            className={`h-2 rounded-full ${i < rank ? (level === "mastered" ? "bg-emerald-600 dark:bg-emerald-400" : "bg-sky-700 dark:bg-sky-400") : "bg-slate-200 dark:bg-slate-800"}`}
          />
        ))}
      </div>
    </div>
  );
}
