import { test as base, expect, mergeTests } from "@playwright/test";
import { axeTest } from "../axe";
import { DebuggerPage } from "./debugger-page";

export const test = mergeTests(
  base.extend<{ debuggerPage: DebuggerPage }>({
    debuggerPage: async ({ page }, use) => use(new DebuggerPage(page)),
  }),
  axeTest,
);

export { expect };
