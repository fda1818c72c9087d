import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { labIds } from "@/components/labs/lab-registry";
import { headingIds } from "@/lessons/heading-ids";
import { courseMap } from "../course-map";
import { findTerm } from "../glossary";
import { quizProblems } from "../quiz-schema";
import { findLessonQuiz, findQuiz, quizzes } from "./index";
import { sessionQuiz } from "./session";

describe("quiz registry", () => {
  it("keys every quiz by the slug of a lesson in the course map", () => {
    const slugs = new Set(courseMap.map((lesson) => lesson.slug));
    for (const [key, quiz] of Object.entries(quizzes)) {
      expect(slugs.has(key), `quiz "${key}" has no lesson in content/course-map.ts`).toBe(true);
      expect(quiz.slug).toBe(key);
      expect(quizProblems(quiz)).toEqual([]);
    }
  });

  it("gives every option of every quiz a source: a label and an https link", () => {
    const unsourced: string[] = [];
    for (const [slug, quiz] of Object.entries(quizzes)) {
      for (const question of quiz.questions) {
        for (const option of question.options) {
          const { label, href } = option.source ?? {};
          const ok = typeof label === "string" && label.trim().length >= 3 && typeof href === "string" && new URL(href).protocol === "https:";
          if (!ok) unsourced.push(`${slug} › ${question.id} › ${option.id}`);
        }
      }
    }
    expect(unsourced, "options whose explanation names no source").toEqual([]);
  });

  it("names only glossary terms that exist, for every question", () => {
    const missing: string[] = [];
    for (const [slug, quiz] of Object.entries(quizzes)) {
      for (const question of quiz.questions) {
        for (const term of question.terms) if (!findTerm(term)) missing.push(`${slug} › ${question.id} › ${term}`);
      }
    }
    expect(missing, "terms not in content/glossary.ts").toEqual([]);
  });

  it("points every question at a heading that exists in its lesson", () => {
    const broken: string[] = [];
    for (const [slug, quiz] of Object.entries(quizzes)) {
      const ids = new Set(headingIds(readFileSync(`lessons/${slug}/index.mdx`, "utf8")));
      for (const question of quiz.questions) if (!ids.has(question.section)) broken.push(`${slug} › ${question.id} › #${question.section}`);
    }
    expect(broken, "sections with no such heading in lessons/<slug>/index.mdx").toEqual([]);
  });

  it("links lesson labs that the lesson really embeds (sandbox anchors are checked by e2e/quiz)", () => {
    const broken: string[] = [];
    for (const [slug, quiz] of Object.entries(quizzes)) {
      for (const question of quiz.questions) {
        const match = question.lab && /^\/lessons\/([a-z0-9-]+)#lab-([a-z0-9-]+)$/.exec(question.lab.href);
        if (!question.lab || question.lab.href.startsWith("/sandbox")) continue;
        const ok = match && labIds.includes(match[2]!) && readFileSync(`lessons/${match[1]}/index.mdx`, "utf8").includes(`<Lab id="${match[2]}"`);
        if (!ok) broken.push(`${slug} › ${question.id} › ${question.lab.href}`);
      }
    }
    expect(broken, "lab links to no lab embedded in that lesson").toEqual([]);
  });

  it("does not find quizzes through inherited object keys", () => {
    expect(findQuiz("constructor")).toBeUndefined();
    expect(findQuiz("__proto__")).toBeUndefined();
    expect(findQuiz("session")).toBe(sessionQuiz);
  });

  it("pairs every lesson with its quiz for the quiz and result pages, and nothing else", () => {
    for (const lesson of courseMap) expect(findLessonQuiz(lesson.slug)).toEqual({ lesson, quiz: quizzes[lesson.slug] });
    expect(findLessonQuiz("no-such-lesson")).toBeUndefined();
    expect(findLessonQuiz("__proto__")).toBeUndefined();
  });
});

describe("the session quiz", () => {
  it("has at least ten questions, with both single- and multi-answer ones", () => {
    expect(sessionQuiz.questions.length).toBeGreaterThanOrEqual(10);
    const kinds = new Set(sessionQuiz.questions.map((q) => q.kind));
    expect(kinds).toEqual(new Set(["single", "multi"]));
  });

  it("puts the right answer of single-answer questions in every position, not always the same one", () => {
    const singles = sessionQuiz.questions.filter((q) => q.kind === "single");
    const positions = new Set(singles.map((q) => q.options.findIndex((o) => o.correct)));
    const fewestOptions = Math.min(...singles.map((q) => q.options.length));
    for (let i = 0; i < fewestOptions; i++) expect(positions.has(i), `no single-answer question has its answer at position ${i + 1}`).toBe(true);
  });

  it("gives every multi-answer question at least one wrong and one right option besides the first", () => {
    for (const question of sessionQuiz.questions.filter((q) => q.kind === "multi")) {
      const correct = question.options.filter((o) => o.correct).length;
      expect(correct, question.id).toBeGreaterThanOrEqual(2);
      expect(question.options.length - correct, question.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("writes option text that does not give the answer away by length alone", () => {
    for (const question of sessionQuiz.questions.filter((q) => q.kind === "single")) {
      const lengths = question.options.map((o) => o.text.length);
      const correct = question.options.find((o) => o.correct)!.text.length;
      // The right answer may be the longest, but not by a mile over every distractor.
      expect(correct, question.id).toBeLessThanOrEqual(Math.max(...lengths.filter((l) => l !== correct), 0) * 3);
    }
  });
});
