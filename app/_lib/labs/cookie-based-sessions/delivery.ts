import type { BrowserProfile } from "./profiles";
import type { SourceId } from "./sources";
import type { CookieRecord } from "./store";

/** The requests the matrix asks about; fetch is `fetch(url, { credentials: "include" })`. */
export const REQUEST_KINDS = ["link", "form-get", "form-post", "fetch", "iframe", "image"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Where the request starts, relative to the cookie's own host. */
export const INITIATORS = ["same-origin", "same-site", "cross-site"] as const;
export type Initiator = (typeof INITIATORS)[number];

export const KIND_LABELS: Record<RequestKind, string> = {
  link: "Link navigation",
  "form-get": "Form GET",
  "form-post": "Form POST",
  fetch: "fetch (credentials: include)",
  iframe: "iframe",
  image: "Image",
};

export const INITIATOR_LABELS: Record<Initiator, string> = {
  "same-origin": "Same origin",
  "same-site": "Same-site sibling",
  "cross-site": "Cross-site",
};

const TOP_LEVEL: Record<RequestKind, boolean> = { link: true, "form-get": true, "form-post": true, fetch: false, iframe: false, image: false };
const SAFE: Record<RequestKind, boolean> = { link: true, "form-get": true, "form-post": false, fetch: true, iframe: true, image: true };

/**
 * Chromium's Lax-allowing-unsafe window: a cookie set without SameSite still rides a top-level cross-site
 * POST while `now - creation <= kLaxAllowUnsafeMaxAge`, two minutes (net/cookies/cookie_constants.cc;
 * CookieBase::IsRecentlyCreated in cookie_base.cc compares with `<=`). The feature flag
 * SameSiteDefaultChecksMethodRigorously, disabled by default, would close the window altogether
 * (net/base/features.cc). Measured in Chromium 156 by e2e/cookie-based-sessions/lax-allowing-unsafe.spec.ts.
 */
export const LAX_ALLOW_UNSAFE_MAX_AGE_MS = 2 * 60 * 1000;

/** Whether a cookie created at `creationTime` is still in Chromium's Lax-allowing-unsafe window at `now` (both ms). */
export function inLaxAllowUnsafeWindow(creationTime: number, now: number): boolean {
  return now - creationTime <= LAX_ALLOW_UNSAFE_MAX_AGE_MS;
}

export type DeliveryOptions = {
  /** The cookie is at most two minutes old (Chromium's Lax-allowing-unsafe window for cookies without SameSite). */
  fresh: boolean;
  /** The browser blocks third-party cookies (a user setting in Chromium; Safari's default). */
  blockThirdParty: boolean;
};

export type Cell = { sent: boolean; rule: string; source: SourceId };

/**
 * Whether `cookie` rides on a request of `kind` started from `initiator`, to an https URL on the cookie's
 * host and path (RFC 6265bis §5.8.3, with CHIPS partitioning). Every page involved is https, so
 * schemeful same-site changes nothing here.
 */
export function deliver(cookie: CookieRecord, kind: RequestKind, initiator: Initiator, profile: BrowserProfile, options: DeliveryOptions): Cell {
  const crossSite = initiator === "cross-site";
  // The top-level site: the initiator's page for embedded requests, the cookie's own site after a navigation.
  const topLevelIsCookieSite = TOP_LEVEL[kind] || !crossSite;
  if (cookie.partitionKey && !topLevelIsCookieSite) {
    return { sent: false, rule: "Partitioned: this request's top-level site is another site, whose partition does not hold the cookie.", source: "chips" };
  }
  if (!crossSite) return { sent: true, rule: initiator === "same-origin" ? "Same origin: every SameSite value allows it." : "Same-site: SameSite compares sites (scheme plus registrable domain), not origins.", source: "sameSiteRequests" };
  const flag = cookie.sameSite === "Default" ? (profile.laxByDefault ? "Default-Lax" : "None") : cookie.sameSite;
  if (flag === "Strict") return { sent: false, rule: "Strict: never on a request started by another site.", source: "retrieval" };
  if (flag === "Lax" || flag === "Default-Lax") {
    if (TOP_LEVEL[kind] && SAFE[kind]) return { sent: true, rule: `${flag === "Lax" ? "Lax" : "No SameSite, treated as Lax"}: a top-level navigation with a safe method.`, source: "retrieval" };
    if (flag === "Default-Lax" && TOP_LEVEL[kind]) {
      // Only Chromium applies Lax-by-default here, and with it the window RFC 6265bis §5.6.7.2 allows.
      return options.fresh
        ? { sent: true, rule: "No SameSite and at most two minutes old: Chromium's Lax-allowing-unsafe window lets a top-level POST from another site carry it.", source: "chromiumLaxAllowUnsafe" }
        : { sent: false, rule: "No SameSite, treated as Lax, and over two minutes old: Chromium's Lax-allowing-unsafe window has closed, so a top-level POST from another site does not carry it.", source: "chromiumLaxAllowUnsafe" };
    }
    return { sent: false, rule: `${flag === "Lax" ? "Lax" : "No SameSite, treated as Lax"}: ${TOP_LEVEL[kind] ? "an unsafe method (POST)" : "not a top-level navigation"} from another site.`, source: "retrieval" };
  }
  // None, or Default in a browser without Lax-by-default.
  if (!TOP_LEVEL[kind] && options.blockThirdParty && !cookie.partitionKey) {
    return { sent: false, rule: "Third-party cookies are blocked: an embedded cross-site request carries no unpartitioned cookie.", source: "chips" };
  }
  return { sent: true, rule: cookie.sameSite === "None" ? "SameSite=None: sent on cross-site requests." : `No SameSite: ${profile.label} sends it like None.`, source: "retrieval" };
}

export type Matrix = { kind: RequestKind; cells: Record<Initiator, Cell> }[];

export function deliveryMatrix(cookie: CookieRecord, profile: BrowserProfile, options: DeliveryOptions): Matrix {
  return REQUEST_KINDS.map((kind) => ({
    kind,
    cells: Object.fromEntries(INITIATORS.map((initiator) => [initiator, deliver(cookie, kind, initiator, profile, options)])) as Record<Initiator, Cell>,
  }));
}
