import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { checkedContext } from "./contract-check";
import { SandboxApi } from "./sandbox-api";

type Fixtures = {
  /** A learner's browser: its own cookie jar, same-origin headers, and its own client address for the rate limiter. */
  api: SandboxApi;
  /** A second, independent browser (another device, or an attacker). */
  otherBrowser: SandboxApi;
  /** A bare HTTP client with no cookies and no Origin: for hand-made requests (answers still checked against the endpoint table). */
  raw: APIRequestContext;
  origin: string;
};

let clients = 0;
/** Each context claims its own address so one test's burst never throttles another (the limiter keys on it). */
const nextAddress = () => `2001:db8:${(process.pid & 0xffff).toString(16)}::${(++clients).toString(16)}`;

export const test = base.extend<Fixtures>({
  origin: async ({ baseURL }, use) => {
    await use(new URL(baseURL!).origin);
  },
  api: async ({ playwright, baseURL, origin }, use) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: origin, "X-Forwarded-For": nextAddress() } });
    await use(new SandboxApi(context));
    await context.dispose();
  },
  otherBrowser: async ({ playwright, baseURL, origin }, use) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: origin, "X-Forwarded-For": nextAddress() } });
    await use(new SandboxApi(context));
    await context.dispose();
  },
  raw: async ({ playwright, baseURL }, use) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": nextAddress() } });
    await use(checkedContext(context));
    await context.dispose();
  },
});

export { expect };
