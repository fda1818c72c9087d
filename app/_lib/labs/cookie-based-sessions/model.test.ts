import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpus } from "@/e2e/cookie-based-sessions/corpus";
import { browserFactsFromBcd } from "./browser-facts-from-bcd";
import { BROWSER_FACTS } from "./browser-facts";
import { parseCookieDate } from "./date";
import { deliver, inLaxAllowUnsafeWindow, LAX_ALLOW_UNSAFE_MAX_AGE_MS, REQUEST_KINDS } from "./delivery";
import { inspect, MAX_LINES } from "./inspect";
import { PROFILES } from "./profiles";
import { CookieJar, defaultPath } from "./store";
import { decodeUrlState, encodeUrlState } from "./url-state";

const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
const receive = (line: string, url = "https://www.example.com/", browser: keyof typeof PROFILES = "chromium") =>
  new CookieJar(PROFILES[browser]).receive(line, { url: new URL(url), now: NOW });

describe("the storage model", () => {
  it("stores a host-only cookie with the default path", () => {
    const out = receive("sid=1", "https://www.example.com/account/settings");
    expect(out.verdict).toBe("stored");
    expect(out.record).toMatchObject({ domain: "www.example.com", hostOnly: true, path: "/account", expiry: null, sameSite: "Default" });
  });
  it("refuses a public suffix as Domain, checked with the Public Suffix List", () => {
    expect(receive("sid=1; Domain=github.io", "https://user.github.io/").reason).toBe("Domain is a public suffix");
    expect(receive("sid=1; Domain=co.uk", "https://shop.example.co.uk/").verdict).toBe("rejected");
    expect(receive("sid=1; Domain=example.co.uk", "https://shop.example.co.uk/").record?.hostOnly).toBe(false);
  });
  it("enforces the prefixes case-insensitively", () => {
    expect(receive("__host-sid=1; Secure").verdict).toBe("rejected");
    expect(receive("__HOST-sid=1; Secure; Path=/").verdict).toBe("stored");
    expect(receive("__Secure-sid=1").verdict).toBe("rejected");
  });
  it("caps lifetimes at 400 days and deletes on Max-Age=0", () => {
    expect(receive("sid=1; Max-Age=999999999").record?.expiry).toBe(NOW + 400 * 86400 * 1000);
    expect(receive("sid=1; Max-Age=0").verdict).toBe("deleted");
  });
  it("models the Chromium behaviours the differential found, and the spec elsewhere", () => {
    expect(receive("sid=1; Max-Age=+60").record?.expiry).toBe(NOW + 60_000);
    expect(receive("sid=1; Max-Age=+60", undefined, "firefox").record?.expiry).toBeNull();
    expect(receive("sid=a\tb").verdict).toBe("rejected");
    expect(receive("sid=a\tb", undefined, "firefox").verdict).toBe("stored");
    expect(receive("sid=1; Max-Age=100; Max-Age=abc").record?.expiry).toBeNull();
    expect(receive("sid=1; Max-Age=100; Max-Age=abc", undefined, "safari").record?.expiry).toBe(NOW + 100_000);
  });
  it("keeps an insecure response from overlaying a Secure cookie", () => {
    const jar = new CookieJar(PROFILES.chromium);
    jar.receive("sid=s; Secure; Path=/", { url: new URL("https://www.example.com/"), now: NOW });
    expect(jar.receive("sid=p; Path=/", { url: new URL("http://www.example.com/"), now: NOW }).verdict).toBe("rejected");
  });
  it("computes the default path as RFC 6265bis §5.1.4 does", () => {
    expect(defaultPath(new URL("https://a.example/"))).toBe("/");
    expect(defaultPath(new URL("https://a.example/login"))).toBe("/");
    expect(defaultPath(new URL("https://a.example/a/b/c"))).toBe("/a/b");
  });
  it("parses the cookie-date forms of §5.1.1", () => {
    expect(parseCookieDate("Wed, 21 Oct 2026 07:28:00 GMT")).toBe(Date.UTC(2026, 9, 21, 7, 28, 0));
    expect(parseCookieDate("Wednesday, 21-Oct-26 07:28:00 GMT")).toBe(Date.UTC(2026, 9, 21, 7, 28, 0));
    expect(parseCookieDate("31 Feb 2027 00:00:00")).toBeNull();
    expect(parseCookieDate("01 Jan 1600 00:00:00")).toBeNull();
  });
});

describe("the delivery matrix", () => {
  const cookie = (line: string) => receive(line).record!;
  it("withholds Strict from every cross-site request and sends Lax on top-level GETs only", () => {
    expect(deliver(cookie("a=1; SameSite=Strict"), "link", "cross-site", PROFILES.chromium, { fresh: false, blockThirdParty: false }).sent).toBe(false);
    expect(deliver(cookie("a=1; SameSite=Lax"), "link", "cross-site", PROFILES.chromium, { fresh: false, blockThirdParty: false }).sent).toBe(true);
    expect(deliver(cookie("a=1; SameSite=Lax"), "form-post", "cross-site", PROFILES.chromium, { fresh: true, blockThirdParty: false }).sent).toBe(false);
  });
  it("lets a fresh cookie without SameSite ride a cross-site POST in Chromium only", () => {
    const c = cookie("a=1");
    expect(deliver(c, "form-post", "cross-site", PROFILES.chromium, { fresh: true, blockThirdParty: false }).sent).toBe(true);
    expect(deliver(c, "form-post", "cross-site", PROFILES.chromium, { fresh: false, blockThirdParty: false }).sent).toBe(false);
    expect(deliver(c, "image", "cross-site", PROFILES.safari, { fresh: false, blockThirdParty: false }).sent).toBe(true);
  });
  it("opens the window to top-level POSTs only: embedded requests stay Lax, and an explicit Lax never gets it", () => {
    const noSameSite = cookie("a=1");
    const lax = cookie("a=1; SameSite=Lax");
    for (const kind of REQUEST_KINDS) {
      const fresh = deliver(noSameSite, kind, "cross-site", PROFILES.chromium, { fresh: true, blockThirdParty: false });
      const old = deliver(noSameSite, kind, "cross-site", PROFILES.chromium, { fresh: false, blockThirdParty: false });
      // Freshness changes exactly one cell: the top-level POST.
      expect(fresh.sent !== old.sent).toBe(kind === "form-post");
      expect(deliver(lax, kind, "cross-site", PROFILES.chromium, { fresh: true, blockThirdParty: false }).sent).toBe(old.sent);
    }
    expect(deliver(noSameSite, "form-post", "cross-site", PROFILES.chromium, { fresh: false, blockThirdParty: false }).rule).toMatch(/over two minutes old/);
  });
  it("counts two minutes the way Chromium does: an age of exactly two minutes is still inside", () => {
    expect(LAX_ALLOW_UNSAFE_MAX_AGE_MS).toBe(120_000);
    expect(inLaxAllowUnsafeWindow(NOW, NOW)).toBe(true);
    expect(inLaxAllowUnsafeWindow(NOW, NOW + 120_000)).toBe(true);
    expect(inLaxAllowUnsafeWindow(NOW, NOW + 120_001)).toBe(false);
  });
});

describe("the inspector", () => {
  it("says at the field when input is over the caps", () => {
    expect(inspect("https://a.example/", "a=1\n".repeat(MAX_LINES + 1), NOW, { fresh: false, blockThirdParty: false })).toMatchObject({ ok: false, field: "lines" });
    expect(inspect("https://a.example/", "a".repeat(70_000), NOW, { fresh: false, blockThirdParty: false })).toMatchObject({ ok: false, field: "lines" });
    expect(inspect("not a url", "a=1", NOW, { fresh: false, blockThirdParty: false })).toMatchObject({ ok: false, field: "url" });
  });
  it("never throws on random input (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.oneof(fc.webUrl(), fc.string({ maxLength: 60 })), (lines, url) => {
        const out = inspect(url, lines, NOW, { fresh: true, blockThirdParty: false });
        return out.ok ? out.lines.every((l) => l.outcomes.chromium.steps.length > 0) : out.message.length > 10;
      }),
      { numRuns: 300 },
    );
  });
  it("never throws on random Set-Cookie-shaped lines (property)", () => {
    const piece = fc.oneof(fc.constantFrom("Secure", "HttpOnly", "Path=/", "Domain=example.com", "SameSite=None", "Max-Age=-1", "Expires=", "Partitioned", "__Host-"), fc.string({ maxLength: 20 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => inspect("https://www.example.com/a/b", pieces.join("; "), NOW, { fresh: false, blockThirdParty: true }) !== null), { numRuns: 300 });
  });
  it("round-trips its state through the URL", () => {
    const state = { url: "https://x.example/", lines: "a=1; Secure\nb=2", fresh: true, blockThirdParty: false };
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
    expect(decodeUrlState("{not json")).toBeNull();
  });
});

describe("support facts and corpus", () => {
  it("BROWSER_FACTS is what @mdn/browser-compat-data says today", () => {
    expect(BROWSER_FACTS, "regenerate browser-facts.ts from browserFactsFromBcd()").toEqual(browserFactsFromBcd());
  });
  it("the differential corpus runs through every browser model without throwing", () => {
    for (const item of corpus) for (const id of ["chromium", "firefox", "safari"] as const) for (const line of item.lines) receive(line, item.url, id);
  });
});
