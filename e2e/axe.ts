import AxeBuilder from "@axe-core/playwright";
import { test as base } from "@playwright/test";

export type AxeViolation = { id: string; help: string; targets: string[] };

/** The rules every page must pass: WCAG 2.0–2.2 A and AA, and axe's best practices. */
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** One axe fixture for every e2e folder; each folder's fixtures merge it in with `mergeTests`. */
export const axeTest = base.extend<{
  /** axe violations of the current page, or only of the parts the `include` selectors pick. */
  axeViolations: (include?: string[]) => Promise<AxeViolation[]>;
}>({
  axeViolations: async ({ page }, use, testInfo) => {
    // A scan is seconds of work on a busy machine: a test that scans gets three times the usual budget.
    testInfo.slow();
    await use(async (include = []) => {
      // Colours that are still fading (a theme switch, a hover) would be judged mid-way: let them settle.
      await page.evaluate(() =>
        Promise.all(document.getAnimations().filter((animation) => animation instanceof CSSTransition).map((transition) => transition.finished)),
      );
      // The page is scanned as loaded, lesson blocks far from the viewport still skipped (content-visibility:
      // auto), as Lighthouse's audit scans it: a block whose placeholder misleads axe fails here too.
      const builder = new AxeBuilder({ page }).withTags(tags);
      for (const selector of include) builder.include(selector);
      const { violations } = await builder.analyze();
      return violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
    });
  },
});
