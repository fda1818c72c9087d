import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { courseMap } from "@/content/course-map";
import { lessonModules } from "./index";

describe("lessonModules", () => {
  it("has one MDX module per course-map lesson, and none the course map does not list", () => {
    expect(Object.keys(lessonModules).sort()).toEqual(courseMap.map((lesson) => lesson.slug).sort());
  });

  it("finds each course-map lesson's MDX at lessons/<slug>/index.mdx", () => {
    for (const { slug } of courseMap) expect(existsSync(path.join("lessons", slug, "index.mdx")), slug).toBe(true);
  });
});
