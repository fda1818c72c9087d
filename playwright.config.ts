import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./e2e/chromium";

const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://localhost:${port}`;

const chromium = { executablePath: chromiumPath, args: chromiumArgs };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
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
    timeout: 60_000,
    // TRUST_PROXY=1: the suite plays the proxy in front of the server, giving each test's client its own
    // X-Forwarded-For address, so tests running side by side do not share one rate-limit bucket.
    env: { DATA_DIR: process.env.E2E_DATA_DIR || "data/e2e", TRUST_PROXY: "1" },
  },
});
