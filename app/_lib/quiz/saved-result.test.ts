import { describe, expect, it } from "vitest";
import { sessionQuiz } from "@/content/quizzes/session";
import { gradeQuiz } from "./grade";
import { nextProgress } from "./progress";
import { savedResultView } from "./saved-result";

const now = new Date("2026-12-02T10:00:00.000Z");
const ids = sessionQuiz.questions.map((q) => q.id);
/** Answers every question right except `wrong`, where it picks a wrong option. */
function attempt(wrong: string[]) {
  const answers = Object.fromEntries(
    sessionQuiz.questions.map((q) => [q.id, q.options.filter((o) => (wrong.includes(q.id) ? !o.correct : o.correct)).slice(0, wrong.includes(q.id) ? 1 : undefined).map((o) => o.id)]),
  );
  const outcome = gradeQuiz(sessionQuiz, { asked: ids, answers });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return { outcome: outcome.grade, answers };
}

describe("savedResultView", () => {
  it("shows every question of the last attempt with the options chosen, explanations and sources", () => {
    const { outcome, answers } = attempt(["stateless", "fixation"]);
    const view = savedResultView(sessionQuiz, nextProgress(undefined, outcome, now, ids));
    if (view.kind !== "graded") throw new Error(view.kind);
    expect(view.state).toMatchObject({ score: ids.length - 2, total: ids.length, missed: ["stateless", "fixation"] });
    expect(view.state.results.map((r) => r.id)).toEqual(ids);
    for (const result of view.state.results) {
      expect(result.chosenUnknown).toBeUndefined();
      const chosen = result.options.filter((o) => o.chosen).map((o) => o.id);
      expect(chosen.sort()).toEqual([...answers[result.id]!].sort());
      expect(result.correct).toBe(!["stateless", "fixation"].includes(result.id));
      for (const option of result.options) expect(option.source.href).toMatch(/^https:/);
    }
  });

  it("still explains every question for a cookie saved before choices were kept, without claiming any choice", () => {
    const { outcome } = attempt(["timeouts"]);
    const { chosen: _none, ...old } = nextProgress(undefined, outcome, now, ids);
    const view = savedResultView(sessionQuiz, old);
    if (view.kind !== "graded") throw new Error(view.kind);
    expect(view.state.results.every((r) => r.chosenUnknown && r.options.every((o) => !o.chosen))).toBe(true);
    expect(view.state.results.find((r) => r.id === "timeouts")!.correct).toBe(false);
  });

  it("does not show choices that contradict the saved verdict", () => {
    const { outcome } = attempt([]);
    const progress = { ...nextProgress(undefined, outcome, now, ids), missed: ["stateless"], score: ids.length - 1 };
    const view = savedResultView(sessionQuiz, progress);
    if (view.kind !== "graded") throw new Error(view.kind);
    const stateless = view.state.results.find((r) => r.id === "stateless")!;
    expect(stateless).toMatchObject({ correct: false, chosenUnknown: true });
    expect(view.state.results.find((r) => r.id === "round-trip")!.chosenUnknown).toBeUndefined();
  });

  it("has nothing to show without progress, and only the score for a quiz that changed size", () => {
    expect(savedResultView(sessionQuiz, undefined)).toEqual({ kind: "none" });
    const progress = { score: 9, total: 15, missed: [], best: 9, attempts: 1, updatedAt: now.toISOString() };
    expect(savedResultView(sessionQuiz, progress)).toEqual({ kind: "stale", progress });
  });
});
