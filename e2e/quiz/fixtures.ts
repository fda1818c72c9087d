import { test as base, expect, mergeTests } from "@playwright/test";
import { axeTest } from "../axe";
import { QuizCard } from "./quiz-card";
import { QuizPage } from "./quiz-page";

type QuizFixtures = {
  quizPage: QuizPage;
  quizCard: QuizCard;
};

export const test = mergeTests(
  axeTest,
  base.extend<QuizFixtures>({
    quizPage: async ({ page }, use) => use(new QuizPage(page)),
    quizCard: async ({ page }, use) => use(new QuizCard(page)),
  }),
);

export { expect };
