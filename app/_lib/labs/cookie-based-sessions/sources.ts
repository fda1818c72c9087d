/**
 * The primary sources the inspector cites, one per rule. Section numbers are those of
 * draft-ietf-httpbis-rfc6265bis (httpwg/http-extensions at b1b1c72, 2026-07-01); the `__Http-` prefixes
 * are only in its successor, draft-ietf-httpbis-layered-cookies, which the inspector names by heading.
 */
export type Source = { label: string; href: string };

const BIS = "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis";
const LAYERED = "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-layered-cookies";
/** The Chromium release the differential tests run (Debian's 156.0.8078.114), at its tag. */
const CHROMIUM_156 = "https://source.chromium.org/chromium/chromium/src/+/refs/tags/156.0.8078.114";

export const SOURCES = {
  dates: { label: "RFC 6265bis §5.1.1 (dates)", href: `${BIS}#section-5.1.1` },
  domainMatch: { label: "RFC 6265bis §5.1.3 (domain matching)", href: `${BIS}#section-5.1.3` },
  paths: { label: "RFC 6265bis §5.1.4 (default-path)", href: `${BIS}#section-5.1.4` },
  sameSiteRequests: { label: "RFC 6265bis §5.2 (same-site requests)", href: `${BIS}#section-5.2` },
  prefixes: { label: "RFC 6265bis §5.4 (cookie name prefixes)", href: `${BIS}#section-5.4` },
  lifetime: { label: "RFC 6265bis §5.5 (400-day limit)", href: `${BIS}#section-5.5` },
  parse: { label: "RFC 6265bis §5.6 (parsing Set-Cookie)", href: `${BIS}#section-5.6` },
  expires: { label: "RFC 6265bis §5.6.1 (Expires)", href: `${BIS}#section-5.6.1` },
  maxAge: { label: "RFC 6265bis §5.6.2 (Max-Age)", href: `${BIS}#section-5.6.2` },
  domain: { label: "RFC 6265bis §5.6.3 (Domain)", href: `${BIS}#section-5.6.3` },
  path: { label: "RFC 6265bis §5.6.4 (Path)", href: `${BIS}#section-5.6.4` },
  secure: { label: "RFC 6265bis §5.6.5 (Secure)", href: `${BIS}#section-5.6.5` },
  httpOnly: { label: "RFC 6265bis §5.6.6 (HttpOnly)", href: `${BIS}#section-5.6.6` },
  sameSite: { label: "RFC 6265bis §5.6.7 (SameSite)", href: `${BIS}#section-5.6.7` },
  laxAllowingUnsafe: { label: "RFC 6265bis §5.6.7.2 (Lax-allowing-unsafe)", href: `${BIS}#section-5.6.7.2` },
  storage: { label: "RFC 6265bis §5.7 (storage model)", href: `${BIS}#section-5.7` },
  retrieval: { label: "RFC 6265bis §5.8.3 (retrieval algorithm)", href: `${BIS}#section-5.8.3` },
  httpPrefix: { label: "draft-ietf-httpbis-layered-cookies: The \"__Http-\" and \"__Host-Http-\" prefixes", href: LAYERED },
  chips: { label: "CHIPS: Partitioned cookies (privacycg)", href: "https://github.com/privacycg/CHIPS" },
  psl: { label: "Public Suffix List (via tldts)", href: "https://publicsuffix.org/list/" },
  owasp: {
    label: "OWASP Session Management Cheat Sheet: Cookies",
    href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#cookies",
  },
  chromiumCookie: {
    label: "Chromium net/cookies/canonical_cookie.cc",
    href: "https://source.chromium.org/chromium/chromium/src/+/main:net/cookies/canonical_cookie.cc",
  },
  chromiumParsed: {
    label: "Chromium net/cookies/parsed_cookie.cc",
    href: "https://source.chromium.org/chromium/chromium/src/+/main:net/cookies/parsed_cookie.cc",
  },
  chromiumDate: {
    label: "Chromium net/cookies/cookie_util.cc (ParseCookieExpirationTime)",
    href: "https://source.chromium.org/chromium/chromium/src/+/main:net/cookies/cookie_util.cc",
  },
  chromiumLaxAllowUnsafe: {
    label: "Chromium 156 net/cookies/cookie_base.cc (Lax-allowing-unsafe: no SameSite, at most 2 minutes old)",
    href: `${CHROMIUM_156}:net/cookies/cookie_base.cc`,
  },
  bcd: { label: "MDN browser-compat-data: http.headers.Set-Cookie", href: "https://github.com/mdn/browser-compat-data/blob/main/http/headers/Set-Cookie.json" },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
