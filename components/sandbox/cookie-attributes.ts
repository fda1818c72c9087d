/** Why each Set-Cookie attribute is there, keyed by lower-case attribute name. */
export const ATTRIBUTE_ABOUT: Record<string, { title: string; about: string; href?: string }> = {
  httponly: {
    title: "HttpOnly",
    about:
      "Page scripts cannot read this cookie (document.cookie and the Cookie Store API skip it), so an injected script cannot copy it out. The browser still attaches it to this site's requests, so it does not stop a script from acting as you while it runs.",
  },
  secure: {
    title: "Secure",
    about:
      "Sent only over HTTPS, never in clear text. Browsers treat http://localhost as secure, which is why this sandbox works locally. Required by the __Host- prefix and by SameSite=None.",
  },
  samesite: {
    title: "SameSite",
    about:
      "Lax: sent with requests from this site and with top-level GET navigations from other sites, but not with cross-site POSTs, iframes or fetches — a first defence against CSRF. Strict: only same-site. None: always (requires Secure). Only Chromium browsers treat a missing SameSite as Lax, so the server always sets it.",
  },
  path: {
    title: "Path",
    about: "Path=/ sends the cookie with every URL on this host. Path narrows where it is sent but is not a security boundary: pages on other paths of the same origin can still reach it.",
  },
  "max-age": {
    title: "Max-Age",
    about:
      "Lifetime in seconds from now; it wins over Expires. Zero or less tells the browser to delete the cookie at once — that is how logout clears it. Browsers cap any lifetime at 400 days.",
  },
  expires: {
    title: "Expires",
    about:
      "An absolute date, judged by the browser's clock. A date in the past deletes the cookie. With neither Expires nor Max-Age the cookie lasts until the browser session ends (which session restore can stretch).",
  },
  domain: {
    title: "Domain",
    about: "Shares the cookie with every subdomain of the named domain. Our cookies omit it, which makes them host-only: sent back to exactly this host and nowhere else.",
  },
  priority: {
    title: "Priority",
    about: "A Chromium hint for which cookies to evict first when a site has too many.",
  },
  partitioned: {
    title: "Partitioned",
    about: "Stores the cookie separately per top-level site (CHIPS); meant for embedded third-party content, not for first-party sessions.",
  },
};

export const PREFIX_ABOUT: Record<"__Host-" | "__Secure-", string> = {
  "__Host-":
    "The browser accepts a cookie named __Host-… only if it is Secure, has Path=/ and no Domain, and was set by a secure origin. So no sibling subdomain, and no plain-HTTP response, can plant or overwrite it (cookie tossing).",
  "__Secure-": "The browser accepts a cookie named __Secure-… only with the Secure attribute from a secure origin.",
};
