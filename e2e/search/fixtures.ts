import { test as base, expect, mergeTests } from "@playwright/test";
import { axeTest } from "../axe";
import { SearchPage } from "./search-page";

export const test = mergeTests(
  axeTest,
  base.extend<{ search: SearchPage }>({
    search: async ({ page }, use) => {
      await use(new SearchPage(page));
    },
  }),
);

export { expect };
