import { test as base, expect, mergeTests } from "@playwright/test";
import { axeTest } from "../axe";
import { SessionWindowsLab } from "./lab-page";

export const test = mergeTests(
  base.extend<{ lab: SessionWindowsLab }>({
    lab: async ({ page }, use) => use(new SessionWindowsLab(page)),
  }),
  axeTest,
);

export { expect };
