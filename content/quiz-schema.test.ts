import { describe, expect, it } from "vitest";
import { defineQuiz, QuizContentError } from "./quiz-schema";

const FILE = "content/quizzes/example.ts";
const explanation = "Because this sentence explains the reason in enough words.";

const source = { label: "RFC 6265bis §4.1", href: "https://datatracker.ietf.org/doc/draft-ietf-httpbis-rfc6265bis/" };

function option(id: string, correct: boolean) {
  return { id, text: `Option ${id}`, correct, explanation, source };
}

function quiz(questions: unknown[]) {
  return { slug: "example", questions };
}

function single(id: string, options: unknown[] = [option("a", true), option("b", false)]) {
  return { id, kind: "single", prompt: `Question ${id}?`, options };
}

function errorOf(data: unknown): QuizContentError {
  try {
    defineQuiz(FILE, data);
  } catch (error) {
    if (error instanceof QuizContentError) return error;
    throw error;
  }
  throw new Error("expected defineQuiz to throw");
}

describe("defineQuiz", () => {
  it("accepts a valid quiz with single- and multi-answer questions", () => {
    const parsed = defineQuiz(
      FILE,
      quiz([single("one"), { id: "two", kind: "multi", prompt: "Pick two", options: [option("a", true), option("b", true), option("c", false)] }]),
    );
    expect(parsed.questions.map((q) => q.id)).toEqual(["one", "two"]);
  });

  it("rejects duplicate question ids, naming the file and the id", () => {
    const error = errorOf(quiz([single("dup"), single("dup")]));
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('question "dup": the id is used by more than one question');
  });

  it("rejects duplicate option ids within a question", () => {
    const error = errorOf(quiz([single("q", [option("a", true), option("a", false)])]));
    expect(error.message).toContain('question "q": option id "a" is used twice');
  });

  it("rejects a question with no correct option", () => {
    const error = errorOf(quiz([single("none", [option("a", false), option("b", false)])]));
    expect(error.message).toContain('question "none": no option is marked correct');
  });

  it("rejects a single-answer question with two correct options", () => {
    const error = errorOf(quiz([single("two", [option("a", true), option("b", true), option("c", false)])]));
    expect(error.message).toContain('question "two": a single-answer question needs exactly one correct option, found 2');
  });

  it("rejects a question whose options are all correct", () => {
    const error = errorOf(
      quiz([{ id: "all", kind: "multi", prompt: "All?", options: [option("a", true), option("b", true)] }]),
    );
    expect(error.message).toContain('question "all": every option is correct');
  });

  it("rejects an option without an explanation, naming the question and option ids", () => {
    const bad = { id: "b", text: "B", correct: false, source };
    const error = errorOf(quiz([{ ...single("explain"), options: [option("a", true), bad] }]));
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('question "explain" › option "b" › explanation');
  });

  it("rejects an explanation too short to say why", () => {
    const error = errorOf(quiz([single("short", [option("a", true), { ...option("b", false), explanation: "Wrong." }])]));
    expect(error.message).toContain('question "short" › option "b" › explanation: an explanation says why');
  });

  it("rejects an option without a source, naming the question and option ids", () => {
    const { source: _dropped, ...unsourced } = option("b", false);
    const error = errorOf(quiz([single("cite", [option("a", true), unsourced])]));
    expect(error.message).toContain('question "cite" › option "b" › source');
  });

  it("rejects a source that is not an https link or has no label", () => {
    const http = { ...option("b", false), source: { label: "A spec", href: "http://example.com/spec" } };
    expect(errorOf(quiz([single("web", [option("a", true), http])])).message).toContain(
      'question "web" › option "b" › source › href: a source is an https URL',
    );
    const unlabelled = { ...option("b", false), source: { label: "", href: source.href } };
    expect(errorOf(quiz([single("lab", [option("a", true), unlabelled])])).message).toContain('option "b" › source › label');
  });

  it("rejects ids that are not short kebab-case, since they are stored in the learner's cookie", () => {
    expect(errorOf(quiz([single("Not Kebab")])).message).toContain("ids are kebab-case");
    expect(errorOf(quiz([single("a-very-long-question-id")])).message).toContain("at most 16 characters");
  });

  it("rejects an unknown question kind and an empty quiz", () => {
    expect(errorOf(quiz([{ ...single("k"), kind: "essay" }])).message).toContain('question "k" › kind');
    expect(errorOf(quiz([])).message).toContain("questions");
  });
});
