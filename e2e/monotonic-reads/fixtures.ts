import { test as base, expect, mergeTests } from "@playwright/test";
import { axeTest } from "../axe";
import { MonotonicReadsLab } from "./lab-page";

export const test = mergeTests(
  base.extend<{ lab: MonotonicReadsLab }>({
    lab: async ({ page }, use) => use(new MonotonicReadsLab(page)),
  }),
  axeTest,
);

export { expect };
