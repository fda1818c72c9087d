import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./tools/chromium";

const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://localhost:${port}`;

const chromium = { executablePath: chromiumPath, args: chromiumArgs };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: "list",
  // Budgets are upper bounds sized for a shared 2-core machine under load, not goals: a passing test takes
  // what it needs and no more. Most tests open one or two pages; heavier ones (axe scans, long walks,
  // extra servers) raise their own budget with test.slow() or test.describe.configure({ timeout }).
  timeout: 60_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: chromium,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    {
      name: "phone",
      // The narrowest width we support.
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 }, launchOptions: chromium },
      // The phone project re-runs only the specs that are about layout and reading.
      grep: /@responsive/,
    },
  ],
  webServer: {
    // The production build: `npm test` runs `next build` before this.
    command: `npx next start -p ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    // TRUST_PROXY=1: the suite plays the proxy in front of the server, giving each test's client its own
    // X-Forwarded-For address, so tests running side by side do not share one rate-limit bucket.
    env: { DATA_DIR: process.env.E2E_DATA_DIR || "data/e2e", TRUST_PROXY: "1" },
  },
});
