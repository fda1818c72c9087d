import { describe, expect, it } from "vitest";
import type { LessonProgress } from "@/app/_lib/session/learner-cookie";
import type { Quiz } from "@/content/quiz-schema";
import { decodeReview, encodeReview } from "./review-codec";
import { gradeReview, newSeed, refKey, reviewCandidates, reviewWeights, SEED_PATTERN, selectReview, type ReviewCandidate } from "./review";

const source = { label: "RFC 6265bis §5.6", href: "https://datatracker.ietf.org/doc/draft-ietf-httpbis-rfc6265bis/" };
const option = (id: string, correct: boolean) => ({ id, text: id, correct, explanation: `Option ${id} is ${correct ? "right" : "wrong"}, for a reason.`, source });
function quiz(slug: string, count: number): Quiz {
  return {
    slug,
    questions: Array.from({ length: count }, (_, i) => ({ id: `q${i}`, kind: "single" as const, prompt: `Question ${i}?`, options: [option("a", true), option("b", false)] })),
  } as Quiz;
}
const progress = (total: number, missed: string[], updatedAt = "2026-11-01T00:00:00.000Z"): LessonProgress => ({
  score: total - missed.length,
  total,
  missed,
  best: total - missed.length,
  attempts: 1,
  updatedAt,
});

const quizzes = { one: quiz("one", 6), two: quiz("two", 6), three: quiz("three", 6) };

describe("the review's bank", () => {
  it("holds only the questions of attempted lessons, marking the missed ones", () => {
    const bank = reviewCandidates(
      [
        { slug: "one", quiz: quizzes.one, progress: progress(6, ["q1"]) },
        { slug: "two", quiz: quizzes.two, progress: undefined },
        { slug: "three", quiz: quizzes.three, progress: { ...progress(6, []), quizChanged: true } },
      ],
      undefined,
    );
    expect(bank.map(refKey)).toEqual(["one/q0", "one/q1", "one/q2", "one/q3", "one/q4", "one/q5"]);
    expect(bank.filter((c) => c.missed).map(refKey)).toEqual(["one/q1"]);
  });

  it("dates a question by the later of its lesson's attempt and the last review that asked it", () => {
    const at = Date.parse("2026-11-20T00:00:00.000Z");
    const bank = reviewCandidates([{ slug: "one", quiz: quizzes.one, progress: progress(6, []) }], { at, refs: [{ slug: "one", questionId: "q2" }], chosen: "B" });
    expect(bank.find((c) => c.questionId === "q2")!.lastSeen).toBe(at);
    expect(bank.find((c) => c.questionId === "q3")!.lastSeen).toBe(Date.parse("2026-11-01T00:00:00.000Z"));
  });
});

describe("selecting a review", () => {
  const bank: ReviewCandidate[] = Array.from({ length: 30 }, (_, i) => ({
    slug: ["one", "two", "three"][i % 3]!,
    questionId: `q${Math.floor(i / 3)}`,
    missed: i % 5 === 0,
    lastSeen: i * 1000,
  }));

  it("weighs missed questions and long-unseen ones up", () => {
    const weights = reviewWeights(bank);
    expect(weights[0]).toBe(4 * 4); // missed, and the stalest
    expect(weights[29]).toBe(1); // right, and seen last
    expect(weights[5]!).toBeGreaterThan(weights[6]!); // missed beats right at nearly the same age
  });

  it("draws 10 different questions, the same ones for the same seed", () => {
    const first = selectReview(bank, "abc123");
    expect(first).toHaveLength(10);
    expect(new Set(first.map(refKey)).size).toBe(10);
    expect(selectReview(bank, "abc123")).toEqual(first);
    expect(selectReview(bank, "abc124")).not.toEqual(first);
  });

  it("asks missed questions far more often than their share of the bank", () => {
    let missed = 0;
    let drawn = 0;
    for (let s = 0; s < 300; s++) {
      for (const ref of selectReview(bank, s.toString(36))) {
        drawn++;
        if (bank.find((c) => refKey(c) === refKey(ref))!.missed) missed++;
      }
    }
    // 6 of 30 questions (20%) are missed; with weight 4 they should fill well over a third of the draws.
    expect(missed / drawn).toBeGreaterThan(0.35);
  });

  it("asks the whole bank when it is smaller than a review", () => {
    expect(selectReview(bank.slice(0, 4), "x")).toHaveLength(4);
    expect(selectReview([], "x")).toEqual([]);
  });

  it("makes seeds that fit the URL pattern", () => {
    for (let i = 0; i < 50; i++) expect(newSeed()).toMatch(SEED_PATTERN);
    expect(newSeed(() => 0)).toBe("00000000");
  });
});

describe("grading a review", () => {
  const saved = { one: progress(6, ["q1", "q2"]), two: progress(6, []) };
  const refs = [
    { slug: "one", questionId: "q1" },
    { slug: "two", questionId: "q4" },
    { slug: "one", questionId: "q3" },
  ];

  it("updates each lesson's missed list and latest score as a retry would, keeping the attempt time", () => {
    const outcome = gradeReview(refs, { "one/q1": ["a"], "two/q4": ["b"], "one/q3": ["a"] }, quizzes, saved);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.grade.score).toBe(2);
    expect(outcome.grade.results.map((r) => [refKey(r), r.result.correct])).toEqual([
      ["one/q1", true],
      ["two/q4", false],
      ["one/q3", true],
    ]);
    expect(outcome.grade.progress.one).toMatchObject({ missed: ["q2"], score: 5, best: 5, attempts: 1, updatedAt: saved.one.updatedAt });
    expect(outcome.grade.progress.two).toMatchObject({ missed: ["q4"], score: 5, best: 6 });
  });

  it("counts a question left blank as missed instead of refusing the review", () => {
    const outcome = gradeReview(refs, { "one/q1": ["a"] }, quizzes, saved);
    expect(outcome.ok && outcome.grade.results.map((r) => r.result.correct)).toEqual([true, false, false]);
  });

  it("refuses what no honest form sends, with a sentence", () => {
    expect(gradeReview(refs, { "one/q5": ["a"] }, quizzes, saved)).toEqual({ ok: false, message: 'Question "one/q5" was answered but not asked.' });
    expect(gradeReview([{ slug: "one", questionId: "nope" }], {}, quizzes, saved)).toEqual({ ok: false, message: 'There is no question "one/nope".' });
    expect(gradeReview([refs[0]!, refs[0]!], {}, quizzes, saved)).toEqual({ ok: false, message: "A question was sent twice." });
    expect(gradeReview(refs, { "one/q1": ["z"] }, quizzes, saved).ok).toBe(false);
    expect(gradeReview(refs, { "one/q1": ["a", "b"] }, quizzes, saved).ok).toBe(false);
    expect(gradeReview([], {}, quizzes, saved).ok).toBe(false);
  });
});

describe("the review in the cookie", () => {
  const course = [
    { slug: "one", questionIds: ["q0", "q1", "q2"] },
    { slug: "two", questionIds: ["q0", "q1"] },
  ];
  const review = { at: Date.parse("2026-12-02T10:00:00.000Z"), refs: [{ slug: "two", questionId: "q1" }, { slug: "one", questionId: "q0" }], chosen: "BA" };

  it("reads back what it wrote", () => {
    const encoded = encodeReview(review, course)!;
    expect(encoded).toMatch(/^r1~/);
    expect(decodeReview(encoded, course)).toEqual(review);
  });

  it("reads as no review when the course changed, or when broken", () => {
    const encoded = encodeReview(review, course)!;
    expect(decodeReview(encoded, [...course, { slug: "three", questionIds: ["q0"] }])).toBeUndefined();
    for (const broken of [undefined, 42, "", "r2~1~2~3~4", encoded.replace("~BA", "~B"), encoded.slice(0, -4), "r1~zz~0000~00~A".repeat(20)]) {
      expect(decodeReview(broken, course)).toBeUndefined();
    }
  });
});
