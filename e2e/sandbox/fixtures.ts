import { test as base, expect, mergeTests } from "@playwright/test";
import { axeTest } from "../axe";
import { SandboxPage } from "./sandbox-page";
import { LbLab } from "./lb-lab";

type SandboxFixtures = {
  sandbox: SandboxPage;
  lb: LbLab;
};

export const test = mergeTests(
  axeTest,
  base.extend<SandboxFixtures>({
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
  }),
);

export { expect };
