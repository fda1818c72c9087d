import { test as base, expect } from "@playwright/test";
import { courseMap, type LessonMeta } from "../../content/course-map";
import { LessonPage } from "./lesson-page";

const session = courseMap.find((lesson) => lesson.slug === "session");
if (!session) throw new Error('content/course-map.ts has no lesson with slug "session"');

type LessonFixtures = {
  lessonPage: LessonPage;
  /** The Session lesson's course-map entry: its title is what the home page links by. */
  sessionLesson: LessonMeta;
};

export const test = base.extend<LessonFixtures>({
  lessonPage: async ({ page }, use) => use(new LessonPage(page)),
  sessionLesson: async ({}, use) => use(session),
});

export { expect };
