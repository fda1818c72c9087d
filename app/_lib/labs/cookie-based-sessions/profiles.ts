import { BROWSER_FACTS, type BrowserId } from "./browser-facts";
import type { DateOptions } from "./date";

/**
 * How one browser walks the storage model. The switches that browsers differ on come from
 * @mdn/browser-compat-data (BROWSER_FACTS); the Chromium-only parsing details were found by the differential
 * test against real Chromium (e2e/cookie-based-sessions/differential.spec.ts) and cite Chromium's source.
 */
export type BrowserProfile = {
  id: BrowserId;
  label: string;
  release: string;
  laxByDefault: boolean;
  noneRequiresSecure: boolean;
  schemefulSameSite: boolean;
  httpPrefixes: boolean;
  partitioned: boolean;
  partitionedRequiresSecure: boolean;
  /** http://localhost and loopback addresses count as secure for Secure cookies. */
  secureLocalhost: boolean;
  /** A non-ASCII Domain is converted to punycode (Chromium) instead of rejected (the spec). */
  punycodeDomain: boolean;
  /** On an IP host, a Domain equal to the address still yields a host-only cookie. */
  ipDomainIsHostOnly: boolean;
  date: DateOptions;
  /** The last attribute of a kind decides even when invalid (Chromium), not the last valid one (spec). */
  lastWrittenWins: boolean;
  maxAgeAllowsPlus: boolean;
  rejectInnerTab: boolean;
  /** `Domain=.` rejects the cookie (Chromium) rather than meaning "no Domain" (spec). */
  rejectDotDomain: boolean;
};

function profile(id: BrowserId, label: string, extra: Pick<BrowserProfile, "secureLocalhost" | "punycodeDomain" | "ipDomainIsHostOnly" | "date" | "partitionedRequiresSecure" | "lastWrittenWins" | "maxAgeAllowsPlus" | "rejectInnerTab" | "rejectDotDomain">): BrowserProfile {
  const { release, features } = BROWSER_FACTS.browsers[id];
  return {
    id,
    label,
    release,
    laxByDefault: features.laxDefault.supported,
    noneRequiresSecure: features.noneRequiresSecure.supported,
    schemefulSameSite: features.schemefulSameSite.supported,
    httpPrefixes: features.httpPrefixes.supported,
    partitioned: features.partitioned.supported,
    ...extra,
  };
}

/** Firefox and Safari are modelled with the spec's parsing: only BCD's facts set them apart. */
const SPEC_PARSING = {
  punycodeDomain: false,
  ipDomainIsHostOnly: false,
  partitionedRequiresSecure: true,
  date: {},
  lastWrittenWins: false,
  maxAgeAllowsPlus: false,
  rejectInnerTab: false,
  rejectDotDomain: false,
};

export const PROFILES: Record<BrowserId, BrowserProfile> = {
  chromium: profile("chromium", "Chromium", {
    secureLocalhost: true,
    punycodeDomain: true,
    ipDomainIsHostOnly: true,
    partitionedRequiresSecure: true,
    date: { clampEarlyYears: true, longYears: true },
    lastWrittenWins: true,
    maxAgeAllowsPlus: true,
    rejectInnerTab: true,
    rejectDotDomain: true,
  }),
  // Firefox and Safari: the spec's parsing, with BCD's support facts. Safari does not treat http://localhost
  // as secure for Secure cookies (BCD's note on Set-Cookie, WebKit bug 281149).
  firefox: profile("firefox", "Firefox", { ...SPEC_PARSING, secureLocalhost: true }),
  safari: profile("safari", "Safari", { ...SPEC_PARSING, secureLocalhost: false }),
};

export const BROWSER_IDS: BrowserId[] = ["chromium", "firefox", "safari"];
