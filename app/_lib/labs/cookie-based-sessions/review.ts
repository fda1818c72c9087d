import type { CookieRecord } from "./store";

/** One OWASP recommendation for session cookies, checked against a stored cookie. */
export type ReviewItem = { id: string; ok: boolean; text: string };
export type Review = { items: ReviewItem[]; fixed: string };

/**
 * The OWASP Session Management Cheat Sheet's cookie recommendations (section "Cookies"): Secure, HttpOnly,
 * SameSite set explicitly, no Domain, a narrow Path, a non-persistent cookie, and the __Host- prefix.
 * `fixed` is the same cookie with every recommendation applied, ready to copy.
 */
export function reviewSessionCookie(cookie: CookieRecord, line: string): Review {
  const hasSameSite = /;\s*samesite\s*=\s*(strict|lax)\s*(;|$)/i.test(line);
  const items: ReviewItem[] = [
    { id: "secure", ok: cookie.secure, text: cookie.secure ? "Secure: only sent over https." : "Add Secure, so the cookie never travels over plain http." },
    { id: "httponly", ok: cookie.httpOnly, text: cookie.httpOnly ? "HttpOnly: scripts cannot read it." : "Add HttpOnly, so an injected script cannot read the session ID." },
    {
      id: "samesite",
      ok: hasSameSite,
      text: hasSameSite ? `SameSite=${cookie.sameSite}, set explicitly.` : "Set SameSite=Strict (or Lax) explicitly rather than relying on a browser default.",
    },
    { id: "domain", ok: cookie.hostOnly, text: cookie.hostOnly ? "No Domain: host-only." : `Drop Domain=${cookie.domain}: every subdomain receives it, and can overwrite it.` },
    { id: "persistent", ok: cookie.expiry === null, text: cookie.expiry === null ? "No Max-Age or Expires: gone when the browser session ends." : "OWASP recommends a non-persistent session cookie (no Max-Age or Expires); keep timeouts on the server." },
    { id: "host-prefix", ok: /^__host-/i.test(cookie.name), text: /^__host-/i.test(cookie.name) ? "__Host- prefix: the browser enforces Secure, Path=/ and no Domain." : "Name it __Host-… so the browser itself enforces Secure, Path=/ and no Domain." },
  ];
  const bare = cookie.name.replace(/^__(host|secure)-/i, "");
  const name = `__Host-${bare === "" ? "session" : bare}`;
  const sameSite = cookie.sameSite === "Lax" && hasSameSite ? "Lax" : "Strict";
  return { items, fixed: `Set-Cookie: ${name}=${cookie.value}; Secure; HttpOnly; SameSite=${sameSite}; Path=/` };
}
