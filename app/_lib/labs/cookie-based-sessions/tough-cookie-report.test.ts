import { CookieJar as ToughJar } from "tough-cookie";
import { describe, expect, it } from "vitest";
import { corpus } from "@/e2e/cookie-based-sessions/corpus";
import { PROFILES } from "./profiles";
import { CookieJar } from "./store";

/**
 * A second opinion: tough-cookie (RFC 6265's storage model, used by this repo's tests and bench) on the
 * differential corpus, compared with the Chromium model that the Chromium differential holds at zero
 * disagreements. Its differences are reported, not enforced: it follows the older RFC, not Chromium.
 */
type Seen = { name: string; value: string; domain: string; path: string; secure: boolean; httpOnly: boolean };
const key = (c: Seen) => `${c.name.slice(0, 24)}=${c.value.slice(0, 24)}|${c.domain}|${c.path.slice(0, 24)}|${c.secure}|${c.httpOnly}`;

describe("tough-cookie on the differential corpus (report only)", () => {
  it("runs every case and reports where it differs from Chromium", () => {
    const now = Date.now();
    const differences: string[] = [];
    for (const item of corpus) {
      const tough = new ToughJar(undefined, { looseMode: true, rejectPublicSuffixes: true });
      const ours = new CookieJar(PROFILES.chromium);
      for (const response of [...(item.before ?? []), { url: item.url, lines: item.lines }]) {
        for (const line of response.lines) {
          try {
            tough.setCookieSync(line, response.url, { ignoreError: true });
          } catch {
            // tough-cookie throws on some inputs even with ignoreError; that counts as "not stored".
          }
          ours.receive(line, { url: new URL(response.url), now });
        }
      }
      const theirs = tough
        .serializeSync()!
        // Expired cookies stay in tough-cookie's store until read; a browser has evicted them.
        .cookies.filter((c) => (typeof c.maxAge === "number" ? c.maxAge > 0 : c.maxAge !== "-Infinity" && !(typeof c.expires === "string" && Date.parse(c.expires) <= now)))
        .map((c) => ({ name: String(c.key ?? ""), value: String(c.value ?? ""), domain: String(c.domain ?? ""), path: String(c.path ?? ""), secure: !!c.secure, httpOnly: !!c.httpOnly }))
        .filter((c) => c.value !== "" || c.name !== "");
      const mine = ours.cookies.map((c) => ({ name: c.name, value: c.value, domain: c.domain, path: c.path, secure: c.secure, httpOnly: c.httpOnly }));
      const a = theirs.map(key).sort().join("\n");
      const b = mine.map(key).sort().join("\n");
      if (a !== b) differences.push(`${item.id}: tough-cookie [${theirs.map(key).join(", ")}] vs Chromium [${mine.map(key).join(", ")}]`);
    }
    console.log(`[tough-cookie] ${corpus.length} cases, ${differences.length} differ from Chromium:\n${differences.join("\n")}`);
    expect(differences.length).toBeLessThan(corpus.length);
  });
});
