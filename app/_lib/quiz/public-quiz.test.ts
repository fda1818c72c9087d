import { describe, expect, it } from "vitest";
import { sessionQuiz } from "@/content/quizzes/session";
import { toPublicQuiz } from "./public-quiz";

describe("toPublicQuiz", () => {
  const json = JSON.stringify(toPublicQuiz(sessionQuiz));

  it("keeps every question and option the form needs, in order", () => {
    const pub = toPublicQuiz(sessionQuiz);
    expect(pub.questions.map((q) => q.id)).toEqual(sessionQuiz.questions.map((q) => q.id));
    expect(pub.questions[0]!.options.map((o) => o.text)).toEqual(sessionQuiz.questions[0]!.options.map((o) => o.text));
  });

  it("sends no correct flags and no explanation text before grading", () => {
    expect(json).not.toContain('"correct"');
    expect(json).not.toContain('"explanation"');
    for (const question of sessionQuiz.questions) {
      for (const option of question.options) expect(json).not.toContain(JSON.stringify(option.explanation).slice(1, -1));
    }
  });
});
