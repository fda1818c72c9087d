import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type BrowserContext } from "@playwright/test";
import { deliver, inLaxAllowUnsafeWindow, type RequestKind } from "../../app/_lib/labs/cookie-based-sessions/delivery";
import { PROFILES } from "../../app/_lib/labs/cookie-based-sessions/profiles";
import { CookieJar } from "../../app/_lib/labs/cookie-based-sessions/store";
import { ageStoredCookies } from "./chromium-cookie-store";
import { launchMappedChromium, launchMappedPersistent, onTestPort, startTestServers, type TestServers } from "./test-server";

/**
 * Chromium's two-minute Lax-allowing-unsafe window, both sides of it, without waiting two minutes.
 * www.example.com sets cookies; a page on other.org then submits a POST form to it (a top-level
 * cross-site POST) and follows a link to it (a top-level cross-site GET). The test server records the
 * Cookie header of each, and each cookie's cell must match the model's, with the model told whether
 * the cookie was still in the window when the request arrived.
 * A cookie's creation time cannot be set through DevTools, so the "old" cookie is aged in Chromium's
 * own store on disk between two launches on one profile (chromium-cookie-store.ts).
 */
test.describe.configure({ timeout: 90_000 });

const TARGET = "https://www.example.com/";
const CROSS_SITE_PAGE = "https://other.org/start";

// Persistent (Max-Age), so that they are written to the store and survive the relaunch.
const COOKIES = {
  c_new: "c_new=1; Secure; Path=/; Max-Age=3600",
  c_old: "c_old=1; Secure; Path=/; Max-Age=3600",
  c_lax: "c_lax=1; Secure; Path=/; SameSite=Lax; Max-Age=3600",
  c_none: "c_none=1; Secure; Path=/; SameSite=None; Max-Age=3600",
};
// Just past the window, so the test also shows that it is not much longer than two minutes.
const AGED_BY_MS = { c_old: 150_000 };

type Arrival = { cookies: Set<string>; at: number };

function recordingServers(setCookies: string[]) {
  const arrivals = new Map<string, Arrival>();
  const waiting = new Map<string, (arrival: Arrival) => void>();
  const started = startTestServers(({ url, headers }) => {
    if (url.pathname === "/set") return { setCookies };
    const probe = /^\/probe\/([\w-]+)$/.exec(url.pathname)?.[1];
    if (probe) {
      const arrival = { cookies: new Set((headers.cookie ?? "").split(";").map((pair) => pair.trim().split("=")[0]!).filter(Boolean)), at: Date.now() };
      arrivals.set(probe, arrival);
      waiting.get(probe)?.(arrival);
    }
    return {};
  });
  /** Starts a top-level request of `kind` from a page on another site and resolves with what arrived. */
  async function fromOtherSite(context: BrowserContext, servers: TestServers, kind: "form-post" | "link", id: string): Promise<Arrival> {
    const page = await context.newPage();
    await page.goto(onTestPort(CROSS_SITE_PAGE, servers).href);
    const arrived = new Promise<Arrival>((resolve) => waiting.set(id, resolve));
    await page.evaluate(
      ([kind, url]) => {
        if (kind === "form-post") {
          const form = document.createElement("form");
          form.method = "post";
          form.action = url;
          document.body.append(form);
          form.submit();
        } else {
          const a = document.createElement("a");
          a.href = url;
          a.textContent = "go";
          document.body.append(a);
          a.click();
        }
      },
      [kind, onTestPort(`${TARGET}probe/${id}`, servers).href] as const,
    );
    return arrivals.get(id) ?? (await arrived);
  }
  return { started, fromOtherSite };
}

test("a cookie without SameSite rides a cross-site POST for two minutes after it is set, an explicit Lax never does", async () => {
  const { started, fromOtherSite } = recordingServers(Object.values(COOKIES));
  const servers = await started;
  const profile = mkdtempSync(path.join(tmpdir(), "lax-unsafe-profile-"));
  try {
    let context = await launchMappedPersistent(profile);
    await (await context.newPage()).goto(onTestPort(`${TARGET}set`, servers).href);
    expect((await context.cookies()).map((c) => c.name).sort()).toEqual(Object.keys(COOKIES).sort());
    // Closing writes the cookies to the profile's store; the next launch reads them back from it.
    await context.close();
    const created = ageStoredCookies(profile, AGED_BY_MS);
    context = await launchMappedPersistent(profile);

    const jar = new CookieJar(PROFILES.chromium);
    for (const line of Object.values(COOKIES)) jar.receive(line, { url: new URL(`${TARGET}set`), now: Date.now() });
    const disagreements: string[] = [];
    const inWindowAtPost: Record<string, boolean> = {};
    for (const kind of ["form-post", "link"] satisfies RequestKind[]) {
      const arrival = await fromOtherSite(context, servers, kind, kind);
      const ages = Object.entries(created).map(([name, at]) => `${name} ${Math.round((arrival.at - at) / 1000)} s`);
      console.log(`[lax-allowing-unsafe] cross-site ${kind}: cookies ${ages.join(", ")} old; sent: ${[...arrival.cookies].sort().join(", ") || "none"}`);
      for (const cookie of jar.cookies) {
        const fresh = inLaxAllowUnsafeWindow(created[cookie.name]!, arrival.at);
        if (kind === "form-post") inWindowAtPost[cookie.name] = fresh;
        const cell = deliver(cookie, kind, "cross-site", PROFILES.chromium, { fresh, blockThirdParty: true });
        const sent = arrival.cookies.has(cookie.name);
        if (cell.sent !== sent) {
          disagreements.push(`${cookie.name} (${Math.round((arrival.at - created[cookie.name]!) / 1000)} s old) on a cross-site ${kind}: model ${cell.sent ? "sends" : "withholds"} (${cell.rule}); Chromium ${sent ? "sent" : "did not send"} it`);
        }
      }
    }
    await context.close();
    // Both sides of the window were probed: otherwise the comparison above proves less than it says.
    expect(inWindowAtPost).toEqual({ c_new: true, c_old: false, c_lax: true, c_none: true });
    expect(disagreements).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
    await servers.close();
  }
});

test("the feature flag SameSiteDefaultChecksMethodRigorously closes the window (it is off by default)", async () => {
  const { started, fromOtherSite } = recordingServers([COOKIES.c_new, COOKIES.c_none]);
  const servers = await started;
  // The source's switch (net/base/features.cc, FEATURE_DISABLED_BY_DEFAULT): with it on,
  // CanonicalCookie::GetLaxAllowUnsafeThresholdAge() is TimeDelta::Min(), so no cookie is recent enough.
  const browser = await launchMappedChromium(["--enable-features=SameSiteDefaultChecksMethodRigorously"]);
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    await (await context.newPage()).goto(onTestPort(`${TARGET}set`, servers).href);
    const arrival = await fromOtherSite(context, servers, "form-post", "rigorous");
    // c_none shows the POST carried cookies at all; c_new, seconds old, is kept off it.
    expect([...arrival.cookies].sort()).toEqual(["c_none"]);
  } finally {
    await browser.close();
    await servers.close();
  }
});
