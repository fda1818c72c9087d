import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { courseMap } from "./course-map";
import { quizzes } from "./quizzes";
import { lessonModules } from "@/lessons/index";
import { lessonWords, readingMinutes } from "./reading-time";

describe("lessonWords", () => {
  it("counts prose and code, not markup, imports or link targets", () => {
    const mdx = 'import { X } from "y";\n\n## Two words\n\n<Callout type="note" title="t">\n\nSee [RFC 6265](https://www.rfc-editor.org/rfc/rfc6265) now.\n\n</Callout>\n\n```ts\nconst a = 1;\n```\n';
    // Two words · See RFC 6265 now · const a 1
    expect(lessonWords(mdx)).toBe(9);
  });
});

describe("readingMinutes", () => {
  it("is words at 200 a minute plus half a minute per quiz question, rounded", () => {
    expect(readingMinutes(3000, 10)).toBe(20);
    expect(readingMinutes(0, 0)).toBe(1);
  });
});

describe("the course map's reading times", () => {
  // Every lesson in lessons/index.ts, including ones added later: its `minutes` must be the measured time.
  for (const slug of Object.keys(lessonModules)) {
    it(`${slug}: minutes within 1 of its words and quiz`, () => {
      const words = lessonWords(readFileSync(path.join("lessons", slug, "index.mdx"), "utf8"));
      const questions = quizzes[slug]?.questions.length ?? 0;
      const measured = readingMinutes(words, questions);
      const listed = courseMap.find((lesson) => lesson.slug === slug)?.minutes;
      expect(listed, `content/course-map.ts lists ${listed} min for "${slug}"; ${words} words and ${questions} questions make ${measured} min`).toBeDefined();
      expect(Math.abs(listed! - measured), `content/course-map.ts lists ${listed} min for "${slug}"; ${words} words and ${questions} questions make ${measured} min: set minutes to ${measured}`).toBeLessThanOrEqual(1);
    });
  }
});
