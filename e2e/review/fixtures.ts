import { test as base, expect, mergeTests } from "@playwright/test";
import { axeTest } from "../axe";
import { ReviewPage } from "./review-page";

export const test = mergeTests(
  axeTest,
  base.extend<{ review: ReviewPage }>({
    review: async ({ page }, use) => {
      await use(new ReviewPage(page));
    },
  }),
);

export { expect };
