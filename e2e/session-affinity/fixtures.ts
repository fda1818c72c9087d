import { mergeTests, test as base } from "@playwright/test";
import { axeTest } from "../axe";
import { AffinityLab } from "./affinity-lab";

export const test = mergeTests(base.extend<{ lab: AffinityLab }>({ lab: async ({ page }, use) => use(new AffinityLab(page)) }), axeTest);
export { expect } from "@playwright/test";
