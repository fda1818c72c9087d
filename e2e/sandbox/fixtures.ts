import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { SandboxPage } from "./sandbox-page";
import { LbLab } from "./lb-lab";

type SandboxFixtures = {
  sandbox: SandboxPage;
  lb: LbLab;
  /** Runs axe (WCAG 2.x A/AA and best practices) on the current page and returns its violations. */
  axeViolations: () => Promise<{ id: string; help: string; targets: string[] }[]>;
};

export const test = base.extend<SandboxFixtures>({
  sandbox: async ({ page }, use) => {
    const sandbox = new SandboxPage(page);
    await sandbox.goto();
    await use(sandbox);
  },
  // Depends on `sandbox` so the page is open before the lab is used.
  lb: async ({ page, sandbox }, use) => {
    void sandbox;
    await use(new LbLab(page));
  },
  axeViolations: async ({ page }, use) => {
    await use(async () => {
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      return results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
    });
  },
});

export { expect };
