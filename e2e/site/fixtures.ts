import { test as base, expect, mergeTests } from "@playwright/test";
import { axeTest } from "../axe";
import { HomePage } from "./home-page";

type SiteFixtures = {
  homePage: HomePage;
};

export const test = mergeTests(
  axeTest,
  base.extend<SiteFixtures>({
    homePage: async ({ page }, use) => {
      await use(new HomePage(page));
    },
  }),
);

export { expect };
