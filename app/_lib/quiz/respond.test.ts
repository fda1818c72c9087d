import { describe, expect, it } from "vitest";
import { sessionQuiz } from "@/content/quizzes/session";
import type { LessonProgress } from "@/app/_lib/session/learner-cookie";
import { respondToQuiz } from "./respond";

const now = new Date("2026-11-20T10:00:00.000Z");
const ids = sessionQuiz.questions.map((q) => q.id);
const correct = (id: string) => sessionQuiz.questions.find((q) => q.id === id)!.options.filter((o) => o.correct).map((o) => o.id);
const wrong = (id: string) => [sessionQuiz.questions.find((q) => q.id === id)!.options.find((o) => !o.correct)!.id];

function form(intent: string, asked: string[], answers: Record<string, string[]>, slug = "session", extra: [string, string][] = []): FormData {
  const data = new FormData();
  for (const [name, value] of extra) data.append(name, value);
  data.append("slug", slug);
  data.append("intent", intent);
  for (const id of asked) data.append("asked", id);
  for (const [id, options] of Object.entries(answers)) for (const option of options) data.append(`answer:${id}`, option);
  return data;
}

const none = () => undefined;

describe("respondToQuiz", () => {
  it("grades a full attempt and asks the action to save the progress", () => {
    const answers = Object.fromEntries(ids.map((id, i) => [id, i < 3 ? wrong(id) : correct(id)]));
    const { state, save } = respondToQuiz(form("check", ids, answers), none, now);
    expect(state).toMatchObject({ view: "graded", score: ids.length - 3, missed: ids.slice(0, 3), best: ids.length - 3, saved: true });
    expect(save).toEqual({
      slug: "session",
      progress: {
        score: ids.length - 3,
        total: ids.length,
        missed: ids.slice(0, 3),
        best: ids.length - 3,
        attempts: 1,
        updatedAt: now.toISOString(),
        chosen: expect.stringMatching(new RegExp(`^[A-Za-z0-9_-]{${ids.length}}$`)),
      },
    });
  });

  it("answers an empty submission with a message listing every question, and saves nothing", () => {
    const { state, save } = respondToQuiz(form("check", ids, {}), none, now);
    expect(save).toBeUndefined();
    expect(state).toMatchObject({
      view: "asking",
      asked: null,
      notice: {
        tone: "error",
        message: `Answer every question before checking: ${ids.length} questions are still unanswered.`,
        questionIds: ids,
        questionHint: "Choose an answer.",
      },
    });
  });

  it("keeps the learner's choices when sending the form back", () => {
    const { state } = respondToQuiz(form("check", ids, { [ids[0]!]: correct(ids[0]!) }), none, now);
    expect(state.view === "asking" && state.chosen).toEqual({ [ids[0]!]: correct(ids[0]!) });
  });

  it("re-asks only the saved missed questions on retry, with the score so far", () => {
    const saved: LessonProgress = { score: 13, total: ids.length, missed: [ids[4]!, ids[1]!], best: 13, attempts: 1, updatedAt: "" };
    const { state } = respondToQuiz(form("retry", [], {}), () => saved, now);
    expect(state).toMatchObject({ view: "asking", asked: [ids[1], ids[4]], scoreSoFar: { score: 13, total: ids.length } });
  });

  it("grades a retry against the cookie's record, combining the scores", () => {
    const saved: LessonProgress = { score: ids.length - 2, total: ids.length, missed: [ids[1]!, ids[4]!], best: ids.length - 2, attempts: 1, updatedAt: "" };
    const answers = { [ids[1]!]: correct(ids[1]!), [ids[4]!]: wrong(ids[4]!) };
    const { state, save } = respondToQuiz(form("check", [ids[1]!, ids[4]!], answers), () => saved, now);
    expect(state).toMatchObject({ view: "graded", retry: true, score: ids.length - 1, missed: [ids[4]] });
    expect(state.view === "graded" && state.results.map((r) => r.id)).toEqual([ids[1], ids[4]]);
    expect(save?.progress).toMatchObject({ attempts: 2, best: ids.length - 1 });
  });

  it("falls back to the whole quiz, saying why, when there is nothing to retry", () => {
    expect(respondToQuiz(form("retry", [], {}), none, now).state).toMatchObject({
      view: "asking",
      asked: null,
      notice: { tone: "info", message: expect.stringContaining("not found") },
    });
    const perfect: LessonProgress = { score: ids.length, total: ids.length, missed: [], best: ids.length, attempts: 1, updatedAt: "" };
    expect(respondToQuiz(form("retry", [], {}), () => perfect, now).state).toMatchObject({ notice: { message: expect.stringContaining("nothing to retry") } });
  });

  it("refuses to grade a retry without a saved result, keeping the retry's questions", () => {
    const { state, save } = respondToQuiz(form("check", [ids[2]!], { [ids[2]!]: correct(ids[2]!) }), none, now);
    expect(save).toBeUndefined();
    expect(state).toMatchObject({ view: "asking", asked: [ids[2]], notice: { tone: "error" } });
  });

  it("restarts with every question", () => {
    expect(respondToQuiz(form("restart", [], {}), none, now).state).toMatchObject({ view: "asking", asked: null, notice: null });
  });

  it("turns an unknown lesson or a malformed form into a message, not an exception", () => {
    expect(respondToQuiz(form("check", ["a"], {}, "nope"), none, now).state).toMatchObject({
      notice: { tone: "error", message: 'There is no quiz for the lesson "nope".' },
    });
    const malformed = new FormData();
    expect(respondToQuiz(malformed, none, now).state).toMatchObject({ notice: { tone: "error", message: expect.stringContaining('"slug"') } });
    const tampered = respondToQuiz(form("check", ids, { [ids[0]!]: ["made-up"] }), none, now);
    expect(tampered.state).toMatchObject({ notice: { message: `Question "${ids[0]}" has no option "made-up".` } });
  });

  it("shows a question's hint first, then its answer for the options chosen, grading and saving nothing", () => {
    const id = "fixation";
    const question = sessionQuiz.questions.find((q) => q.id === id)!;
    const hinted = respondToQuiz(form(`hint:${id}`, ids, { [id]: wrong(id) }, "session", [["seed", "77"]]), none, now);
    expect(hinted.save).toBeUndefined();
    expect(hinted.state).toMatchObject({ view: "asking", seed: 77, focus: id, chosen: { [id]: wrong(id) }, peeks: { [id]: { hint: question.hint, answer: null } } });

    const extra: [string, string][] = [["seed", "77"], ["hinted", id]];
    const revealed = respondToQuiz(form(`reveal:${id}`, ids, { [id]: wrong(id) }, "session", extra), none, now);
    expect(revealed.save).toBeUndefined();
    const answer = revealed.state.view === "asking" ? revealed.state.peeks[id]?.answer : undefined;
    expect(answer).toMatchObject({ id, correct: false, section: question.section, lab: question.lab });
    expect(answer?.options.filter((o) => o.chosen).map((o) => o.id)).toEqual(wrong(id));
  });

  it("keeps earlier peeks when the whole form comes back with a notice, and refuses a peek at a question not on the form", () => {
    const extra: [string, string][] = [["hinted", "timeouts"], ["revealed", "fixation"]];
    const { state } = respondToQuiz(form("check", ids, {}, "session", extra), none, now);
    expect(state.view === "asking" && Object.keys(state.peeks)).toEqual(["fixation", "timeouts"]);
    expect(state.view === "asking" && state.peeks.timeouts?.answer).toBeNull();
    const stray = respondToQuiz(form("hint:nope", ids, {}), none, now).state;
    expect(stray).toMatchObject({ notice: { tone: "error", message: expect.stringContaining('"nope"') }, peeks: {} });
  });

  it("gives a retry and a new start a new option order, and keeps the order through a notice and grading", () => {
    const saved: LessonProgress = { score: 17, total: ids.length, best: 17, attempts: 1, missed: [ids[1]!, ids[4]!], updatedAt: now.toISOString() };
    const retry = respondToQuiz(form("retry", [], {}, "session", [["seed", "5"]]), () => saved, now).state;
    const restart = respondToQuiz(form("restart", [], {}, "session", [["seed", "5"]]), none, now).state;
    expect(retry.view === "asking" && retry.seed).not.toBe(5);
    expect(restart.view === "asking" && restart.seed).not.toBe(5);
    expect(respondToQuiz(form("check", ids, {}, "session", [["seed", "5"]]), none, now).state).toMatchObject({ seed: 5 });
    const all = Object.fromEntries(ids.map((id) => [id, correct(id)]));
    expect(respondToQuiz(form("check", ids, all, "session", [["seed", "5"]]), none, now).state).toMatchObject({ view: "graded", seed: 5 });
  });
});
