import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import { QuizPage } from "./quiz-page";

type QuizFixtures = {
  quizPage: QuizPage;
  /** axe (WCAG 2.x A/AA) violations inside the quiz, as ids and targets. */
  quizAxeViolations: () => Promise<{ id: string; targets: string[] }[]>;
};

export const test = base.extend<QuizFixtures>({
  quizPage: async ({ page }, use) => use(new QuizPage(page)),
  quizAxeViolations: async ({ page }, use) =>
    use(async () => {
      const { violations } = await new AxeBuilder({ page })
        .include("#quiz")
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      return violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
    }),
});

export { expect };
