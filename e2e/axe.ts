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
      // A lesson block far from the viewport is skipped (content-visibility: auto): it keeps a placeholder height,
      // while a query like axe's lays its contents out at their real size, overlapping the blocks below, so
      // axe would judge targets and contrast against a layout no reader ever sees. Scan the page as drawn in full.
      const drawAll = await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
      const builder = new AxeBuilder({ page }).withTags(tags);
      for (const selector of include) builder.include(selector);
      const { violations } = await builder.analyze().finally(() => drawAll.evaluate((style) => (style as HTMLStyleElement).remove()));
      return violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
    });
  },
});
