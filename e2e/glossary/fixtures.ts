import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import { GlossaryIndexPage, GlossaryTermPage, LessonTerms } from "./glossary-pages";

type GlossaryFixtures = {
  glossaryIndex: GlossaryIndexPage;
  termPage: GlossaryTermPage;
  lessonTerms: LessonTerms;
  /** axe (WCAG 2.x A/AA) violations of the current page, or of the parts `include` selects. */
  axeViolations: (include?: string[]) => Promise<{ id: string; targets: string[] }[]>;
};

export const test = base.extend<GlossaryFixtures>({
  glossaryIndex: async ({ page }, use) => use(new GlossaryIndexPage(page)),
  termPage: async ({ page }, use) => use(new GlossaryTermPage(page)),
  lessonTerms: async ({ page }, use) => use(new LessonTerms(page)),
  axeViolations: async ({ page }, use) =>
    use(async (include = []) => {
      const builder = new AxeBuilder({ page }).withTags([
        "wcag2a",
        "wcag2aa",
        "wcag21a",
        "wcag21aa",
        "wcag22aa",
        "best-practice",
      ]);
      for (const selector of include) builder.include(selector);
      const { violations } = await builder.analyze();
      return violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
    }),
});

export { expect };
