import type { LessonProgress } from "@/app/_lib/session/learner-cookie";

/**
 * Mastery levels from quiz results, in the spirit of Khan Academy's (attempted, familiar, proficient,
 * mastered), judged on the latest attempt: what the learner knows now, not their best day. A retry of
 * the missed questions counts as a full attempt, because its grade combines the earlier answers.
 */
export const MASTERY_LEVELS = [
  { id: "not-started", label: "Not started", rule: "No quiz attempt yet." },
  { id: "attempted", label: "Attempted", rule: "Latest attempt under 60% right." },
  { id: "familiar", label: "Familiar", rule: "Latest attempt 60% right or more." },
  { id: "proficient", label: "Proficient", rule: "Latest attempt 85% right or more." },
  { id: "mastered", label: "Mastered", rule: "Every question right in the latest attempt." },
] as const;

export type MasteryLevel = (typeof MASTERY_LEVELS)[number]["id"];

export function masteryOf(progress: LessonProgress | undefined): MasteryLevel {
  if (!progress || progress.attempts === 0) return "not-started";
  const share = progress.score / progress.total;
  if (progress.score === progress.total) return "mastered";
  if (share >= 0.85) return "proficient";
  if (share >= 0.6) return "familiar";
  return "attempted";
}

export function masteryLabel(level: MasteryLevel): string {
  return MASTERY_LEVELS.find((l) => l.id === level)!.label;
}

/** 0 for not started up to 4 for mastered: for comparisons and a compact meter. */
export function masteryRank(level: MasteryLevel): number {
  return MASTERY_LEVELS.findIndex((l) => l.id === level);
}

export type NextStep =
  | { kind: "lesson"; slug: string; reason: "start" | "continue" }
  | { kind: "revisit"; slug: string };

/**
 * The one "continue here" suggestion: the first lesson in course order not yet mastered (one already
 * attempted but not mastered first, if it comes earlier); when every lesson is mastered, the one whose
 * quiz was taken longest ago, to revisit.
 */
export function nextStep(slugs: readonly string[], progress: Readonly<Record<string, LessonProgress | undefined>>): NextStep | null {
  if (slugs.length === 0) return null;
  for (const slug of slugs) {
    const level = masteryOf(progress[slug]);
    if (level === "not-started") return { kind: "lesson", slug, reason: "start" };
    if (level !== "mastered") return { kind: "lesson", slug, reason: "continue" };
  }
  const oldest = [...slugs].sort((a, b) => Date.parse(progress[a]!.updatedAt) - Date.parse(progress[b]!.updatedAt))[0]!;
  return { kind: "revisit", slug: oldest };
}
