import { test as base, expect, mergeTests } from "@playwright/test";
import { axeTest } from "../axe";
import { InspectorPage } from "./inspector-page";

export const test = mergeTests(
  base.extend<{ inspector: InspectorPage }>({
    inspector: async ({ page }, use) => use(new InspectorPage(page)),
  }),
  axeTest,
);

export { expect };
