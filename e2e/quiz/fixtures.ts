import { test as base, expect, mergeTests } from "@playwright/test";
import { axeTest } from "../axe";
import { QuizPage } from "./quiz-page";

type QuizFixtures = {
  quizPage: QuizPage;
};

export const test = mergeTests(
  axeTest,
  base.extend<QuizFixtures>({
    quizPage: async ({ page }, use) => use(new QuizPage(page)),
  }),
);

export { expect };
