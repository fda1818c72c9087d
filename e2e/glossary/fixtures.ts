import { test as base, expect, mergeTests } from "@playwright/test";
import { axeTest } from "../axe";
import { GlossaryIndexPage, GlossaryTermPage, LessonTerms } from "./glossary-pages";

type GlossaryFixtures = {
  glossaryIndex: GlossaryIndexPage;
  termPage: GlossaryTermPage;
  lessonTerms: LessonTerms;
};

export const test = mergeTests(
  axeTest,
  base.extend<GlossaryFixtures>({
    glossaryIndex: async ({ page }, use) => use(new GlossaryIndexPage(page)),
    termPage: async ({ page }, use) => use(new GlossaryTermPage(page)),
    lessonTerms: async ({ page }, use) => use(new LessonTerms(page)),
  }),
);

export { expect };
