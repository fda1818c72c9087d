import { parseSetCookie } from "@/app/_lib/http/cookie-syntax";
import { COOKIE_LIMIT_BYTES, type CookieAttribute, type CookieSize, type SetCookieView } from "../contract";

/**
 * SameSite=Strict: sandbox cookies are only ever sent by the sandbox page's own fetch calls, never
 * needed on a navigation arriving from another site, so Strict costs nothing and shuts out every
 * cross-site request (the learner's progress cookie uses Lax so a link from elsewhere still shows progress).
 * `__Host-` names demand Secure, Path=/ and no Domain, which is what we send; Chromium accepts Secure on
 * http://localhost.
 */
const BASE_ATTRIBUTES = "Path=/; HttpOnly; Secure; SameSite=Strict";

/** `maxAgeSeconds` undefined → a session cookie (no Max-Age, no Expires). */
export function serializeSandboxCookie(name: string, value: string, maxAgeSeconds?: number): string {
  const lifetime = maxAgeSeconds === undefined ? "" : `; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`;
  return `${name}=${value}${lifetime}; ${BASE_ATTRIBUTES}`;
}

/** Max-Age=0 with the same Path/Secure the cookie was set with, or the browser would keep it. */
export function clearSandboxCookie(name: string): string {
  return `${name}=; Max-Age=0; ${BASE_ATTRIBUTES}`;
}

/**
 * UTF-8 length of `text`, as `new TextEncoder().encode(text).length` counts it (a lone surrogate becomes
 * U+FFFD, 3 bytes), without building the bytes: every read measures its cookie this way. Node counts natively,
 * which a write's five or six cookie-sized strings notice; the loop serves the browser bundle.
 */
export function byteLength(text: string): number {
  return typeof Buffer === "undefined" ? countUtf8Bytes(text) : Buffer.byteLength(text, "utf8");
}

export function countUtf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a pair: 2 UTF-16 units, 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** RFC 6265 counts name, value and attributes; iron-session refuses past 4096 the same way. */
export function fitsCookieLimit(setCookieHeader: string): boolean {
  return byteLength(setCookieHeader) <= COOKIE_LIMIT_BYTES;
}

export function cookieSize(name: string, value: string, setCookieHeader: string): CookieSize {
  return { name, bytes: byteLength(setCookieHeader), valueBytes: byteLength(value), limit: COOKIE_LIMIT_BYTES };
}

function explainAttribute(name: string, value: string | null): string {
  switch (name.toLowerCase()) {
    case "path":
      return value === "/"
        ? "Path=/: sent with requests to every path of this host. Path is a convenience, not a security boundary."
        : `Path=${value}: sent only with requests under that path.`;
    case "httponly":
      return "HttpOnly: page scripts cannot read it through document.cookie, so an injected script cannot copy it (it can still make requests that carry it).";
    case "secure":
      return "Secure: sent only over HTTPS (browsers make an exception for http://localhost during development).";
    case "samesite":
      if (value?.toLowerCase() === "strict")
        return "SameSite=Strict: never sent on requests started by another site, not even when a link from elsewhere opens this site.";
      if (value?.toLowerCase() === "lax")
        return "SameSite=Lax: sent on same-site requests and on top-level GET navigations from other sites, not on their embedded or POST requests.";
      return "SameSite=None: sent on cross-site requests too (requires Secure).";
    case "max-age":
      return value === "0"
        ? "Max-Age=0: expire now; this is how a server deletes a cookie."
        : `Max-Age=${value}: the browser keeps it for ${value} seconds, then drops it. It wins over Expires if both are present.`;
    case "expires":
      return `Expires=${value}: an absolute date after which the browser drops it (Max-Age wins if both are present).`;
    case "domain":
      return `Domain=${value}: also sent to subdomains of ${value}. Omitting it keeps the cookie host-only.`;
    default:
      return `${name}: an attribute this sandbox does not use.`;
  }
}

function lifetimeOf(attributes: CookieAttribute[]): string {
  const maxAge = attributes.find((a) => a.name.toLowerCase() === "max-age");
  if (maxAge?.value === "0") return "Deleted: Max-Age=0 tells the browser to drop the cookie now.";
  if (maxAge) return `Persistent: kept for ${maxAge.value} seconds, even across browser restarts.`;
  if (attributes.some((a) => a.name.toLowerCase() === "expires")) return "Persistent until its Expires date.";
  return "Session cookie: no Max-Age or Expires, so the browser drops it when the browsing session ends. The server still enforces its own timeouts.";
}

/** Parses one Set-Cookie header value we built and explains every part of it. */
export function explainSetCookie(header: string): SetCookieView {
  const parsed = parseSetCookie(header);
  const { name, value } = parsed;
  const attributes: CookieAttribute[] = parsed.attributes.map((a) => ({ ...a, explanation: explainAttribute(a.name, a.value) }));
  const prefix = name.startsWith("__Host-") ? "__Host-" : name.startsWith("__Secure-") ? "__Secure-" : null;
  const prefixExplanation =
    prefix === "__Host-"
      ? "__Host- prefix: the browser accepts this cookie only with Secure, Path=/ and no Domain, so a sibling subdomain cannot set or overwrite it."
      : prefix === "__Secure-"
        ? "__Secure- prefix: the browser accepts this cookie only with Secure."
        : null;
  return {
    header,
    name,
    value,
    prefix,
    prefixExplanation,
    attributes,
    bytes: byteLength(header),
    deletes: attributes.some((a) => a.name.toLowerCase() === "max-age" && a.value === "0"),
    lifetime: lifetimeOf(attributes),
  };
}
