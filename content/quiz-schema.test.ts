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

const teaching = { terms: ["session"], hint: "Think about what the server remembers.", section: "http-forgets-you" };

function single(id: string, options: unknown[] = [option("a", true), option("b", false)]) {
  return { id, kind: "single", prompt: `Question ${id}?`, options, ...teaching };
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
      quiz([single("one"), { ...teaching, id: "two", kind: "multi", prompt: "Pick two", options: [option("a", true), option("b", true), option("c", false)] }]),
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
      quiz([{ ...teaching, id: "all", kind: "multi", prompt: "All?", options: [option("a", true), option("b", true)] }]),
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

  it("requires at least one glossary term per question, each kebab-case and listed once", () => {
    expect(errorOf(quiz([{ ...single("t"), terms: [] }])).message).toContain('question "t" › terms: a question tests at least one glossary term');
    expect(errorOf(quiz([{ ...single("t"), terms: ["Session ID"] }])).message).toContain("a term id is a glossary id");
    expect(errorOf(quiz([{ ...single("t"), terms: ["cookie", "cookie"] }])).message).toContain('question "t": a term is listed twice');
    const { terms: _dropped, ...termless } = single("t");
    expect(errorOf(quiz([termless])).message).toContain('question "t" › terms');
  });

  it("requires a hint that is a real sentence and does not contain a correct option's text", () => {
    expect(errorOf(quiz([{ ...single("h"), hint: "Think." }])).message).toContain("a hint is at least a short sentence");
    const leaky = { ...single("h"), hint: "Remember that the answer is: option   `A`, of course." };
    const leakyLong = { ...single("h", [{ ...option("a", true), text: "Leave the Domain attribute out." }, option("b", false)]), hint: "Just leave the domain attribute out, then." };
    expect(errorOf(quiz([leakyLong])).message).toContain("the hint gives the answer away");
    expect(errorOf(quiz([leaky])).message).toContain('question "h": the hint gives the answer away (it contains option "a")');
    // Quoting a wrong option is fine: a hint may name a trap.
    expect(() => defineQuiz(FILE, quiz([{ ...single("h"), hint: "Is Option b really about the server?" }]))).not.toThrow();
  });

  it("requires a section that is a heading id, without the #", () => {
    expect(errorOf(quiz([{ ...single("s"), section: "#http-forgets-you" }])).message).toContain('question "s" › section: a section is a heading id');
    expect(errorOf(quiz([{ ...single("s"), section: "HTTP forgets you" }])).message).toContain("a section is a heading id");
  });

  it("accepts an optional lab link to a lesson lab or a sandbox anchor, and rejects other links", () => {
    const lab = (href: string) => quiz([{ ...single("l"), lab: { href, label: "the lab" } }]);
    expect(defineQuiz(FILE, lab("/lessons/jwt-sessions#lab-jwt-debugger")).questions[0]!.lab?.href).toBe("/lessons/jwt-sessions#lab-jwt-debugger");
    expect(() => defineQuiz(FILE, lab("/sandbox?kind=server#server-fixation"))).not.toThrow();
    expect(errorOf(lab("https://evil.example/#x")).message).toContain("a lab link is");
    expect(errorOf(lab("/sandbox")).message).toContain("a lab link is");
    expect(errorOf(lab("javascript:alert(1)")).message).toContain("a lab link is");
  });
});
