import { describe, expect, it } from "vitest";
import type { LessonProgress } from "@/app/_lib/session/learner-cookie";
import { MASTERY_LEVELS, masteryOf, nextStep } from "./mastery";

const at = (score: number, total = 20, updatedAt = "2026-11-20T10:00:00.000Z"): LessonProgress => ({ score, total, best: score, missed: [], attempts: 1, updatedAt });

describe("mastery levels", () => {
  it("follow the thresholds written on the page, on the latest attempt", () => {
    expect(masteryOf(undefined)).toBe("not-started");
    expect([0, 11, 12, 16, 17, 19, 20].map((score) => masteryOf(at(score)))).toEqual([
      "attempted",
      "attempted",
      "familiar",
      "familiar",
      "proficient",
      "proficient",
      "mastered",
    ]);
    // A best of 20 does not make a latest 10 mastered.
    expect(masteryOf({ ...at(10), best: 20 })).toBe("attempted");
    expect(MASTERY_LEVELS.map((l) => l.id)).toEqual(["not-started", "attempted", "familiar", "proficient", "mastered"]);
  });
});

describe("continue here", () => {
  it("points at the first lesson not yet mastered, in course order", () => {
    expect(nextStep(["a", "b", "c"], {})).toEqual({ kind: "lesson", slug: "a", reason: "start" });
    expect(nextStep(["a", "b", "c"], { a: at(20) })).toEqual({ kind: "lesson", slug: "b", reason: "start" });
    expect(nextStep(["a", "b", "c"], { a: at(20), b: at(10), c: at(20) })).toEqual({ kind: "lesson", slug: "b", reason: "continue" });
  });

  it("suggests revisiting the longest-unseen lesson once all are mastered", () => {
    const progress = { a: at(20, 20, "2026-11-25T00:00:00Z"), b: at(20, 20, "2026-11-01T00:00:00Z") };
    expect(nextStep(["a", "b"], progress)).toEqual({ kind: "revisit", slug: "b" });
    expect(nextStep([], {})).toBeNull();
  });
});
