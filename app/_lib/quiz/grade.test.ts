import { describe, expect, it } from "vitest";
import { defineQuiz, type Quiz } from "@/content/quiz-schema";
import { sessionQuiz } from "@/content/quizzes/session";
import { gradeQuiz, type Grade, type GradeOutcome, type Submission } from "./grade";

const why = "An explanation long enough to say why this is so.";
const source = { label: "RFC 9110 §3.3", href: "https://www.rfc-editor.org/rfc/rfc9110#section-3.3" };
const teaching = { terms: ["session"], hint: "Think about what the server keeps.", section: "http-forgets-you" };

const quiz = defineQuiz("grade.test.ts", {
  slug: "example",
  questions: [
    {
      id: "one",
      ...teaching,
      kind: "single",
      prompt: "One?",
      options: [
        { id: "a", text: "A", correct: false, explanation: why, source },
        { id: "b", text: "B", correct: true, explanation: why, source },
      ],
    },
    {
      id: "two",
      ...teaching,
      kind: "multi",
      prompt: "Two?",
      options: [
        { id: "a", text: "A", correct: true, explanation: why, source },
        { id: "b", text: "B", correct: false, explanation: why, source },
        { id: "c", text: "C", correct: true, explanation: why, source },
      ],
    },
    {
      id: "three",
      ...teaching,
      kind: "single",
      prompt: "Three?",
      options: [
        { id: "x", text: "X", correct: true, explanation: why, source },
        { id: "y", text: "Y", correct: false, explanation: why, source },
      ],
    },
  ],
});

const allIds = quiz.questions.map((q) => q.id);
const right = { one: ["b"], two: ["a", "c"], three: ["x"] };

function rightAnswers(q: Quiz): Record<string, string[]> {
  return Object.fromEntries(q.questions.map((question) => [question.id, question.options.filter((o) => o.correct).map((o) => o.id)]));
}

function wrongAnswers(q: Quiz): Record<string, string[]> {
  return Object.fromEntries(
    q.questions.map((question) => [question.id, [question.options.find((o) => !o.correct)!.id]]),
  );
}

function graded(outcome: GradeOutcome): Grade {
  if (!outcome.ok) throw new Error(`expected a grade, got ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.grade;
}

function errorOf(outcome: GradeOutcome) {
  if (outcome.ok) throw new Error("expected a validation error");
  return outcome.error;
}

describe("gradeQuiz", () => {
  it("gives full marks when every answer is right (the real session quiz)", () => {
    const ids = sessionQuiz.questions.map((q) => q.id);
    const grade = graded(gradeQuiz(sessionQuiz, { asked: ids, answers: rightAnswers(sessionQuiz) }));
    expect(grade.score).toBe(sessionQuiz.questions.length);
    expect(grade.total).toBe(sessionQuiz.questions.length);
    expect(grade.missed).toEqual([]);
    expect(grade.retry).toBe(false);
    expect(grade.results.every((r) => r.correct)).toBe(true);
  });

  it("gives zero when every answer is wrong, and lists every question as missed", () => {
    const ids = sessionQuiz.questions.map((q) => q.id);
    const grade = graded(gradeQuiz(sessionQuiz, { asked: ids, answers: wrongAnswers(sessionQuiz) }));
    expect(grade.score).toBe(0);
    expect(grade.missed).toEqual(ids);
  });

  it("returns every option's explanation and whether it was chosen, for the questions asked", () => {
    const grade = graded(gradeQuiz(quiz, { asked: allIds, answers: { ...right, one: ["a"] } }));
    const one = grade.results.find((r) => r.id === "one")!;
    expect(one.correct).toBe(false);
    expect(one.options).toEqual([
      { id: "a", correct: false, chosen: true, explanation: why, source },
      { id: "b", correct: true, chosen: false, explanation: why, source },
    ]);
  });

  it("counts a partly right multi-answer question as wrong", () => {
    const missingOne = graded(gradeQuiz(quiz, { asked: allIds, answers: { ...right, two: ["a"] } }));
    expect(missingOne.missed).toEqual(["two"]);
    const oneTooMany = graded(gradeQuiz(quiz, { asked: allIds, answers: { ...right, two: ["a", "b", "c"] } }));
    expect(oneTooMany.missed).toEqual(["two"]);
    expect(oneTooMany.score).toBe(2);
  });

  it("accepts a multi-answer question's options in any order", () => {
    expect(graded(gradeQuiz(quiz, { asked: allIds, answers: { ...right, two: ["c", "a"] } })).score).toBe(3);
  });

  it("rejects an unknown question id, naming it", () => {
    const error = errorOf(gradeQuiz(quiz, { asked: [...allIds, "nope"], answers: { ...right, nope: ["a"] } }));
    expect(error).toMatchObject({ code: "unknown-question", questionIds: ["nope"] });
    expect(error.message).toContain('"nope"');
  });

  it("rejects an answer to a question that exists but was not asked", () => {
    const error = errorOf(gradeQuiz(quiz, { asked: ["one"], answers: { one: ["b"], two: ["a"] } }, { total: 3, missed: ["one"] }));
    expect(error).toMatchObject({ code: "not-asked", questionIds: ["two"] });
  });

  it("rejects an unknown option id, naming the question and option", () => {
    const error = errorOf(gradeQuiz(quiz, { asked: allIds, answers: { ...right, one: ["z"] } }));
    expect(error).toMatchObject({ code: "unknown-option", questionIds: ["one"] });
    expect(error.message).toBe('Question "one" has no option "z".');
  });

  it("rejects duplicate question ids and duplicate option ids", () => {
    expect(errorOf(gradeQuiz(quiz, { asked: ["one", "one", "two", "three"], answers: right })).code).toBe("duplicate-question");
    expect(errorOf(gradeQuiz(quiz, { asked: allIds, answers: { ...right, two: ["a", "a", "c"] } })).code).toBe("duplicate-option");
  });

  it("rejects two answers to a single-answer question", () => {
    const error = errorOf(gradeQuiz(quiz, { asked: allIds, answers: { ...right, one: ["a", "b"] } }));
    expect(error).toMatchObject({ code: "too-many-options", questionIds: ["one"] });
  });

  it("asks for the missing answers instead of grading them wrong", () => {
    const none = errorOf(gradeQuiz(quiz, { asked: allIds, answers: {} }));
    expect(none).toMatchObject({ code: "unanswered", questionIds: allIds });
    expect(none.message).toBe("Answer every question before checking: 3 questions are still unanswered.");
    const some = errorOf(gradeQuiz(quiz, { asked: allIds, answers: { one: ["b"], two: [] } }));
    expect(some).toMatchObject({ code: "unanswered", questionIds: ["two", "three"] });
  });

  it("rejects a form that names no questions", () => {
    expect(errorOf(gradeQuiz(quiz, { asked: [], answers: {} })).code).toBe("nothing-asked");
  });

  describe("retrying the missed questions", () => {
    const first = graded(gradeQuiz(quiz, { asked: allIds, answers: { one: ["a"], two: ["a"], three: ["x"] } }));

    it("combines the retry with the earlier right answers", () => {
      expect(first).toMatchObject({ score: 1, missed: ["one", "two"] });
      const retry: Submission = { asked: ["one", "two"], answers: { one: ["b"], two: ["a", "c"] } };
      const grade = graded(gradeQuiz(quiz, retry, first));
      expect(grade).toMatchObject({ score: 3, total: 3, missed: [], retry: true });
      expect(grade.results.map((r) => r.id)).toEqual(["one", "two"]);
    });

    it("keeps questions missed again, and those not retried, as missed", () => {
      const again = graded(gradeQuiz(quiz, { asked: ["one", "two"], answers: { one: ["b"], two: ["b"] } }, first));
      expect(again).toMatchObject({ score: 2, missed: ["two"] });
      const subset = graded(gradeQuiz(quiz, { asked: ["two"], answers: { two: ["a", "c"] } }, first));
      expect(subset).toMatchObject({ score: 2, missed: ["one"] });
    });

    it("refuses to retry a question that was not missed", () => {
      const error = errorOf(gradeQuiz(quiz, { asked: ["three"], answers: { three: ["x"] } }, first));
      expect(error).toMatchObject({ code: "not-missed", questionIds: ["three"] });
    });

    it("refuses a retry without an earlier attempt, or after the quiz changed size", () => {
      const retry: Submission = { asked: ["one"], answers: { one: ["b"] } };
      expect(errorOf(gradeQuiz(quiz, retry)).code).toBe("no-previous-attempt");
      expect(errorOf(gradeQuiz(quiz, retry, { total: 5, missed: ["one"] })).code).toBe("no-previous-attempt");
    });

    it("ignores saved ids of questions that no longer exist", () => {
      const grade = graded(gradeQuiz(quiz, { asked: ["one"], answers: { one: ["b"] } }, { total: 3, missed: ["one", "gone"] }));
      expect(grade).toMatchObject({ score: 3, missed: [] });
    });

    it("treats a submission of every question as a fresh attempt, whatever came before", () => {
      const grade = graded(gradeQuiz(quiz, { asked: allIds, answers: right }, { total: 3, missed: ["one"] }));
      expect(grade).toMatchObject({ score: 3, retry: false });
    });
  });
});
