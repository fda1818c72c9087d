import { expect, test } from "@playwright/test";
import { PROFILES } from "../../app/_lib/labs/cookie-based-sessions/profiles";
import { CookieJar } from "../../app/_lib/labs/cookie-based-sessions/store";
import { compareJars, fromChromium, fromModel } from "./chromium-cookies";
import { corpus, corpusLineCount, type Response } from "./corpus";
import { launchMappedChromium, onTestPort, startTestServers } from "./test-server";

/**
 * The inspector's Chromium model against real Chromium: every corpus case is served by a local test server
 * (http and https, host names mapped to 127.0.0.1), and what Chromium stored (`context.cookies()`) must equal
 * what the model's jar holds. One browser, one page; the jar is cleared between cases.
 */
test.describe.configure({ mode: "serial", timeout: 240_000 });

test("the corpus has at least 150 Set-Cookie lines", () => {
  expect(corpusLineCount()).toBeGreaterThanOrEqual(150);
});

test("Chromium stores exactly what the inspector's model says, for every corpus case", async () => {
  const lines = new Map<string, string[]>();
  const servers = await startTestServers(({ url }) => ({ setCookies: lines.get(url.searchParams.get("r") ?? "") ?? [] }));
  const browser = await launchMappedChromium();
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const disagreements: string[] = [];
    for (const item of corpus) {
      await context.clearCookies();
      const jar = new CookieJar(PROFILES.chromium);
      const responses: Response[] = [...(item.before ?? []), { url: item.url, lines: item.lines }];
      for (const [index, response] of responses.entries()) {
        if (response.lines.length === 0) continue;
        const id = `${item.id}-${index}`;
        lines.set(id, response.lines);
        const url = onTestPort(response.url, servers);
        url.searchParams.set("r", id);
        const answer = await page.goto(url.href);
        expect(answer?.status(), `${item.id}: the test server answered`).toBe(200);
        const now = Date.now();
        // The model sees the same URL as Chromium did, without the test-only port and query.
        const modelUrl = new URL(response.url);
        for (const line of response.lines) jar.receive(line, { url: modelUrl, now });
      }
      const real = (await context.cookies()).map(fromChromium);
      const model = jar.cookies.map(fromModel);
      for (const problem of compareJars(model, real, 300)) disagreements.push(`${item.id} (${item.about}): ${problem}`);
    }
    console.log(`[differential] ${corpus.length} cases, ${corpusLineCount()} Set-Cookie lines, ${disagreements.length} disagreements`);
    expect(disagreements, "the model disagrees with Chromium").toEqual([]);
  } finally {
    await browser.close();
    await servers.close();
  }
});
