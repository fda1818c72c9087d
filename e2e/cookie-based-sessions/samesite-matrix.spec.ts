import { expect, test, type Page } from "@playwright/test";
import { deliver, INITIATORS, REQUEST_KINDS, type Initiator, type RequestKind } from "../../app/_lib/labs/cookie-based-sessions/delivery";
import { PROFILES } from "../../app/_lib/labs/cookie-based-sessions/profiles";
import { CookieJar } from "../../app/_lib/labs/cookie-based-sessions/store";
import { launchMappedChromium, onTestPort, startTestServers } from "./test-server";

/**
 * The "which requests carry it" matrix against real Chromium: five cookies set by www.example.com, then
 * each request kind started from the same origin, a same-site sibling (shop.example.com) and another site
 * (other.org). The test server records the Cookie header of every probe; each cell must match the model.
 * Every cookie is seconds old when probed, so the "no SameSite" cookie is in Chromium's two-minute
 * Lax-allowing-unsafe window; lax-allowing-unsafe.spec.ts checks the window's other side with a cookie
 * aged in Chromium's store.
 */
test.describe.configure({ timeout: 90_000 });

const COOKIES = {
  c_strict: "c_strict=1; Secure; Path=/; SameSite=Strict",
  c_lax: "c_lax=1; Secure; Path=/; SameSite=Lax",
  c_none: "c_none=1; Secure; Path=/; SameSite=None",
  c_default: "c_default=1; Secure; Path=/",
  c_part: "c_part=1; Secure; Path=/; SameSite=None; Partitioned",
};

const TARGET = "https://www.example.com/";
const INITIATOR_URL: Record<Initiator, string> = {
  "same-origin": "https://www.example.com/start",
  "same-site": "https://shop.example.com/start",
  "cross-site": "https://other.org/start",
};

/** Starts one request of `kind` from the page, to `url`. */
async function start(page: Page, kind: RequestKind, url: string) {
  await page.evaluate(
    ([kind, url]) => {
      const form = (method: string) => {
        const f = document.createElement("form");
        f.method = method;
        f.action = url;
        document.body.append(f);
        f.submit();
      };
      if (kind === "link") {
        const a = document.createElement("a");
        a.href = url;
        a.textContent = "go";
        document.body.append(a);
        a.click();
      } else if (kind === "form-get") form("get");
      else if (kind === "form-post") form("post");
      else if (kind === "fetch") void fetch(url, { credentials: "include", mode: "no-cors" });
      else if (kind === "iframe") {
        const frame = document.createElement("iframe");
        frame.src = url;
        document.body.append(frame);
      } else {
        const image = new Image();
        image.src = url;
        document.body.append(image);
      }
    },
    [kind, url] as const,
  );
}

test("Chromium sends each cookie on exactly the requests the model's matrix says", async () => {
  const seen = new Map<string, string>();
  const waiting = new Map<string, (cookie: string) => void>();
  const servers = await startTestServers(({ url, headers }) => {
    if (url.pathname === "/set") return { setCookies: Object.values(COOKIES) };
    // The probe id is in the path: a GET form would replace a query string with its (empty) fields.
    const probe = /^\/probe\/([\w-]+)$/.exec(url.pathname)?.[1];
    if (probe) {
      seen.set(probe, headers.cookie ?? "");
      waiting.get(probe)?.(headers.cookie ?? "");
    }
    return {};
  });
  const browser = await launchMappedChromium();
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(onTestPort(`${TARGET}set`, servers).href);
    const now = Date.now();
    const jar = new CookieJar(PROFILES.chromium);
    for (const line of Object.values(COOKIES)) jar.receive(line, { url: new URL(`${TARGET}set`), now });
    expect(jar.cookies.map((c) => c.name)).toEqual(Object.keys(COOKIES));

    const disagreements: string[] = [];
    let cells = 0;
    for (const initiator of INITIATORS) {
      for (const kind of REQUEST_KINDS) {
        const id = `${initiator}-${kind}`;
        const target = onTestPort(`${TARGET}probe/${id}`, servers);
        // A page of its own per request (left open: closing one mid-navigation can stall), so one
        // request's navigation cannot interrupt the next.
        const from = await context.newPage();
        await from.goto(onTestPort(INITIATOR_URL[initiator], servers).href);
        const arrived = new Promise<string>((resolve) => waiting.set(id, resolve));
        await start(from, kind, target.href);
        const header = seen.get(id) ?? (await arrived);
        const sent = new Set(header.split(";").map((pair) => pair.trim().split("=")[0]));
        for (const cookie of jar.cookies) {
          cells++;
          // Playwright's browser contexts block third-party cookies (the Chromium behaviour the lab's
          // "third-party cookies blocked" switch shows): unpartitioned cookies stay off cross-site embeds.
          const cell = deliver(cookie, kind, initiator, PROFILES.chromium, { fresh: true, blockThirdParty: true });
          if (cell.sent !== sent.has(cookie.name)) {
            disagreements.push(`${cookie.name} on ${kind} from ${initiator}: model ${cell.sent ? "sends" : "withholds"} (${cell.rule}); Chromium ${sent.has(cookie.name) ? "sent" : "did not send"} it`);
          }
        }
      }
    }
    console.log(`[samesite-matrix] ${cells} cells, ${disagreements.length} disagreements`);
    expect(cells).toBe(90);
    expect(disagreements).toEqual([]);
  } finally {
    await browser.close();
    await servers.close();
  }
});
