import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findTerm } from "@/content/glossary";
import { scanLessonFiles, termUsageIndex } from "./lesson-terms";

describe("Term links in lessons", () => {
  it("every <Term id> in lessons/**/*.mdx names a glossary term", () => {
    const missing = scanLessonFiles().flatMap(({ file, usages }) =>
      usages.filter((u) => !findTerm(u.id)).map((u) => `${file}: <Term id="${u.id}"> is not in content/glossary.ts`),
    );
    expect(missing).toEqual([]);
  });
});

describe("termUsageIndex", () => {
  it("maps terms to course-map lessons with their sections, skipping folders outside the course", () => {
    const root = mkdtempSync(path.join(tmpdir(), "lessons-"));
    mkdirSync(path.join(root, "session", "parts"), { recursive: true });
    mkdirSync(path.join(root, "draft"));
    writeFileSync(
      path.join(root, "session", "index.mdx"),
      '## Cookies\n<Term id="cookie">c</Term> and <Term id="cookie">again</Term>\n## Scaling\n<Term id="cookie">c</Term>',
    );
    writeFileSync(path.join(root, "session", "parts", "extra.mdx"), '<Term id="jwt">JWT</Term>');
    writeFileSync(path.join(root, "draft", "index.mdx"), '<Term id="cookie">c</Term>');

    const files = scanLessonFiles(root);
    expect(files.map((f) => f.slug)).toEqual(["draft", "session", "session"]);

    const index = termUsageIndex(files);
    expect(index.get("cookie")).toEqual([
      {
        lesson: expect.objectContaining({ slug: "session" }),
        sections: [
          { id: "cookies", title: "Cookies" },
          { id: "scaling", title: "Scaling" },
        ],
      },
    ]);
    expect(index.get("jwt")).toEqual([{ lesson: expect.objectContaining({ slug: "session" }), sections: [] }]);
  });
});
