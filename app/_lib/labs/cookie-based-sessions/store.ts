import { getDomain, getPublicSuffix, parse as parseHost } from "tldts";
import { clip, parseSetCookie, type ParsedAttribute, type Step } from "./parse";
import type { BrowserProfile } from "./profiles";

export type SameSiteFlag = "Strict" | "Lax" | "None" | "Default";

/** A cookie as the browser keeps it (RFC 6265bis §5.7's fields, plus CHIPS' partition key). */
export type CookieRecord = {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  /** ms since the epoch; null for a session cookie (no Max-Age or Expires). */
  expiry: number | null;
  /** True when the expiry came from a relative Max-Age or was cut to the 400-day cap (it then depends on "now"). */
  expiryIsRelative: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSiteFlag;
  /** CHIPS: the top-level site the cookie is keyed to, e.g. "https://example.com"; null when unpartitioned. */
  partitionKey: string | null;
  creationTime: number;
};

export type StoreOutcome = {
  line: string;
  verdict: "stored" | "deleted" | "rejected";
  /** Why it was rejected, in one phrase. */
  reason?: string;
  steps: Step[];
  attributes: ParsedAttribute[];
  record?: CookieRecord;
};

/** The response the lines arrived on. */
export type ResponseContext = { url: URL; now: number };

const DEFAULT_PATH_ROOT = "/";

/** RFC 6265bis §5.1.4. */
export function defaultPath(url: URL): string {
  const path = url.pathname;
  if (!path.startsWith("/") || path.lastIndexOf("/") === 0) return DEFAULT_PATH_ROOT;
  return path.slice(0, path.lastIndexOf("/"));
}

/** RFC 6265bis §5.1.3. Both inputs canonical (lower case). */
export function domainMatches(host: string, domain: string, hostIsIp: boolean): boolean {
  if (host === domain) return true;
  return !hostIsIp && host.endsWith(domain) && host.charAt(host.length - domain.length - 1) === ".";
}

/** RFC 6265bis §5.1.4 path-match. */
export function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length) === "/";
}

function hostOf(url: URL): { host: string; isIp: boolean } {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return { host, isIp: parseHost(host).isIp === true };
}

/** The public-suffix check, on the Public Suffix List's ICANN and private sections (tldts). */
export function isPublicSuffix(domain: string): boolean {
  return getPublicSuffix(domain, { allowPrivateDomains: true }) === domain;
}

/** Chromium canonicalizes a Domain attribute as a host name (IDNA to punycode) before comparing it. */
function canonicalDomain(value: string): string | null {
  try {
    return new URL(`http://${value}/`).hostname;
  } catch {
    return null;
  }
}

export function siteOf(url: URL): string {
  const { host, isIp } = hostOf(url);
  const registrable = isIp ? host : (getDomain(host, { allowPrivateDomains: true }) ?? host);
  return `${url.protocol === "https:" ? "https" : "http"}://${registrable}`;
}

/**
 * The attribute that decides: the spec takes the last *valid* one of a kind; Chromium takes the last one
 * written and ignores it if invalid, so `Max-Age=100; Max-Age=abc` is a session cookie there.
 * Attribute values over 1024 bytes do not count as written, in both.
 */
function last(attributes: ParsedAttribute[], kind: ParsedAttribute["kind"], lastWritten: boolean): ParsedAttribute | undefined {
  const written = attributes.filter((a) => a.kind === kind && !a.ignored?.includes("1024"));
  const chosen = lastWritten ? written.at(-1) : written.filter((a) => !a.ignored).at(-1);
  return chosen && !chosen.ignored ? chosen : undefined;
}

/** A browser's cookie store, fed one Set-Cookie line at a time (RFC 6265bis §5.7). */
export class CookieJar {
  readonly cookies: CookieRecord[] = [];

  constructor(readonly profile: BrowserProfile) {}

  /** Receive one Set-Cookie line from a response. Never throws. */
  receive(line: string, context: ResponseContext): StoreOutcome {
    const profile = this.profile;
    const parsed = parseSetCookie(line, { now: context.now, date: profile.date, maxAgeAllowsPlus: profile.maxAgeAllowsPlus, rejectInnerTab: profile.rejectInnerTab });
    const steps = [...parsed.steps];
    if (!parsed.ok) return { line, verdict: "rejected", reason: parsed.reason, steps, attributes: [] };
    const { name, value, attributes } = parsed;
    const reject = (reason: string, detail: string, source: Step["source"]): StoreOutcome => {
      steps.push({ title: "Verdict", outcome: "rejected", detail, source });
      return { line, verdict: "rejected", reason, steps, attributes };
    };

    for (const a of attributes.filter((x) => x.ignored)) {
      steps.push({ title: `Attribute ${a.name || "(empty)"}`, outcome: "ignored", detail: `Ignored: ${a.ignored}.`, source: a.kind === "samesite" ? "sameSite" : a.kind === "max-age" ? "maxAge" : a.kind === "expires" ? "expires" : "parse" });
    }
    const { host, isIp } = hostOf(context.url);
    const secureOrigin = context.url.protocol === "https:" || (profile.secureLocalhost && (host === "localhost" || host.endsWith(".localhost") || host === "127.0.0.1" || host === "::1"));

    // Expiry: the last Max-Age wins over any Expires.
    const maxAge = last(attributes, "max-age", profile.lastWrittenWins);
    const expires = last(attributes, "expires", profile.lastWrittenWins);
    let expiry: number | null = null;
    let expiryIsRelative = false;
    if (maxAge) {
      expiry = maxAge.expiry ?? 0;
      expiryIsRelative = true;
      steps.push({ title: "Max-Age", outcome: "ok", detail: expiry === 0 ? `Max-Age=${maxAge.value}: zero or less means "expire now".` : `Max-Age=${maxAge.value}${Number(maxAge.value) * 1000 > expiry - context.now + 1000 ? ", cut to the 400-day cap" : ""}: a persistent cookie.${expires ? " It overrides Expires." : ""}`, source: "maxAge" });
    } else if (expires) {
      expiry = expires.expiry ?? 0;
      expiryIsRelative = expiry === context.now + 400 * 24 * 3600 * 1000;
      steps.push({ title: "Expires", outcome: "ok", detail: `Expires=${clip(expires.value)}: ${new Date(expiry).toISOString()}${expiryIsRelative ? " (cut to the 400-day cap)" : ""}.`, source: expiryIsRelative ? "lifetime" : "expires" });
    } else {
      steps.push({ title: "Lifetime", outcome: "note", detail: "No Max-Age or Expires: a session cookie, gone when the browser decides the session is over.", source: "storage" });
    }

    // Domain.
    const domainAttr = last(attributes, "domain", profile.lastWrittenWins);
    let domain = host;
    let hostOnly = true;
    if (domainAttr?.value === "." && profile.rejectDotDomain) {
      return reject("Domain=. names no domain", "Chromium refuses Domain=. (a dot and nothing else) instead of treating it as no Domain.", "chromiumCookie");
    }
    if (domainAttr && domainAttr.value !== "" && domainAttr.value !== ".") {
      let wanted = domainAttr.value.replace(/^\./, "").toLowerCase();
      if (/[^\x20-\x7e]/.test(wanted)) {
        if (!profile.punycodeDomain) return reject("the Domain attribute is not ASCII", `Domain=${clip(domainAttr.value)} has a character outside US-ASCII: the cookie is ignored.`, "storage");
        const canonical = canonicalDomain(wanted);
        if (!canonical) return reject("the Domain attribute is not a host name", `Domain=${clip(domainAttr.value)} is not a valid host name: the cookie is ignored.`, "chromiumCookie");
        steps.push({ title: "Domain", outcome: "note", detail: `Chromium converts Domain=${clip(domainAttr.value)} to its ASCII form, ${canonical}, before comparing.`, source: "chromiumCookie" });
        wanted = canonical;
      }
      if (isIp) {
        if (wanted !== host) return reject("Domain does not match the IP address", `The response came from the IP address ${host}; Domain=${clip(domainAttr.value)} must be that exact address.`, "domainMatch");
        hostOnly = profile.ipDomainIsHostOnly;
      } else if (isPublicSuffix(wanted)) {
        if (wanted !== host) return reject("Domain is a public suffix", `Domain=${clip(domainAttr.value)} is a public suffix (on the Public Suffix List), and not this host: any site under it could read the cookie, so it is ignored.`, "psl");
        steps.push({ title: "Domain", outcome: "note", detail: `Domain=${clip(domainAttr.value)} is a public suffix but also this very host: the cookie becomes host-only.`, source: "storage" });
      } else if (!domainMatches(host, wanted, false)) {
        return reject("Domain does not cover this host", `Domain=${clip(domainAttr.value)} does not domain-match ${host}: a site can only set cookies for itself or a parent domain.`, "domainMatch");
      } else {
        domain = wanted;
        hostOnly = false;
        steps.push({ title: "Domain", outcome: "ok", detail: `Domain=${clip(domainAttr.value)}: sent to ${wanted} and every subdomain (not host-only).`, source: "domain" });
      }
    }
    if (hostOnly) steps.push({ title: "Host-only", outcome: "ok", detail: `No usable Domain attribute: a host-only cookie for ${host}, never sent to its subdomains.`, source: "storage" });

    // Path.
    const pathAttr = last(attributes, "path", profile.lastWrittenWins);
    // The current draft (layered cookies) counts a Path attribute for __Host- only when it starts with "/".
    const hasPathAttr = !!pathAttr && pathAttr.value.startsWith("/");
    const path = pathAttr && pathAttr.value.startsWith("/") ? pathAttr.value : defaultPath(context.url);
    steps.push({
      title: "Path",
      outcome: pathAttr && !pathAttr.value.startsWith("/") ? "note" : "ok",
      detail: pathAttr ? (pathAttr.value.startsWith("/") ? `Path=${clip(pathAttr.value)}.` : `Path=${clip(pathAttr.value)} does not start with "/": the default path ${path} is used instead.`) : `No Path: the default path, the response URL's directory, is ${path}.`,
      source: pathAttr ? "path" : "paths",
    });

    const secure = !!last(attributes, "secure", profile.lastWrittenWins);
    if (secure && !secureOrigin) return reject("Secure from an insecure origin", `Secure cookies can only be set by a secure (https) response; this one came over ${context.url.protocol.replace(":", "")}.`, "storage");
    if (secure) steps.push({ title: "Secure", outcome: "ok", detail: "Secure: sent only over https.", source: "secure" });
    const httpOnly = !!last(attributes, "httponly", profile.lastWrittenWins);
    if (httpOnly) steps.push({ title: "HttpOnly", outcome: "ok", detail: "HttpOnly: hidden from document.cookie and other script APIs.", source: "httpOnly" });

    // A non-secure cookie may not overlay an existing secure one (§5.7 step 16).
    if (!secure && !secureOrigin) {
      const shadowed = this.cookies.find((c) => c.name === name && c.secure && (domainMatches(c.domain, domain, isIp) || domainMatches(domain, c.domain, isIp)) && pathMatches(path, c.path));
      if (shadowed) return reject("would overlay a Secure cookie", `A Secure cookie named "${clip(name)}" already exists for ${shadowed.domain}${shadowed.path}; an insecure response may not overwrite or shadow it.`, "storage");
    }

    // The last SameSite written decides; an unknown value there means "Default" (§5.6.7 appends "Default").
    const sameSiteAttr = attributes.filter((a) => a.kind === "samesite" && !a.ignored?.includes("1024")).at(-1);
    const sameSite: SameSiteFlag = sameSiteAttr?.sameSite ?? "Default";
    if (sameSite === "None" && !secure && profile.noneRequiresSecure) return reject("SameSite=None without Secure", "SameSite=None cookies must also be Secure.", "storage");
    steps.push({
      title: "SameSite",
      outcome: sameSite === "Default" ? "note" : "ok",
      detail: sameSite === "Default" ? `No valid SameSite: ${profile.laxByDefault ? `${profile.label} treats it as Lax (and allows it on a cross-site top-level POST during its first 2 minutes)` : `${profile.label} sends it on cross-site requests, as if None`}.` : `SameSite=${sameSite}.`,
      source: "sameSite",
    });

    const lower = name.toLowerCase();
    const hostCompatible = secure && hostOnly && hasPathAttr && path === "/";
    const httpCompatible = secure && httpOnly;
    if (lower.startsWith("__secure-") && !secure) return reject("__Secure- without Secure", `Names starting with __Secure- (in any case) must be set with Secure.`, "storage");
    if (lower.startsWith("__host-") && !hostCompatible) {
      const missing = [!secure && "Secure", !hostOnly && "no Domain", !(hasPathAttr && path === "/") && "Path=/"].filter(Boolean).join(", ");
      return reject("__Host- requirements not met", `Names starting with __Host- (in any case) need Secure, no Domain and Path=/; missing: ${missing}.`, "storage");
    }
    if (profile.httpPrefixes && lower.startsWith("__http-") && !httpCompatible) return reject("__Http- requirements not met", "Names starting with __Http- need Secure and HttpOnly.", "httpPrefix");
    if (profile.httpPrefixes && lower.startsWith("__host-http-") && !(hostCompatible && httpCompatible)) return reject("__Host-Http- requirements not met", "Names starting with __Host-Http- need Secure, HttpOnly, no Domain and Path=/.", "httpPrefix");
    if (name === "" && /^__(secure|host)-/i.test(value)) return reject("a nameless cookie that looks prefixed", `A nameless cookie whose value starts with __Secure- or __Host- would be sent as "${clip(value)}" and pass for a prefixed name, so it is ignored.`, "storage");
    if (/^__(secure|host|http|host-http)-/i.test(name)) steps.push({ title: "Prefix", outcome: "ok", detail: `The name's prefix requirements are met.`, source: /^__(http|host-http)-/i.test(name) ? "httpPrefix" : "prefixes" });

    let partitionKey: string | null = null;
    if (last(attributes, "partitioned", profile.lastWrittenWins)) {
      if (!profile.partitioned) {
        steps.push({ title: "Partitioned", outcome: "ignored", detail: `${profile.label} does not support Partitioned (CHIPS); the attribute is ignored.`, source: "chips" });
      } else if (!secure && profile.partitionedRequiresSecure) {
        return reject("Partitioned without Secure", "Partitioned cookies must be Secure.", "chips");
      } else {
        partitionKey = siteOf(context.url);
        steps.push({ title: "Partitioned", outcome: "ok", detail: `Partitioned: kept in a separate jar keyed to the top-level site (${partitionKey} when this response is a top-level page).`, source: "chips" });
      }
    }

    const record: CookieRecord = { name, value, domain, hostOnly, path, expiry, expiryIsRelative, secure, httpOnly, sameSite, partitionKey, creationTime: context.now };
    const same = this.cookies.findIndex((c) => c.name === name && c.domain === domain && c.hostOnly === hostOnly && c.path === path && c.partitionKey === partitionKey);
    if (same >= 0) {
      record.creationTime = this.cookies[same]!.creationTime;
      this.cookies.splice(same, 1);
    }
    if (expiry !== null && expiry <= context.now) {
      steps.push({
        title: "Verdict",
        outcome: "note",
        detail: same >= 0 ? "Already expired: the existing cookie with this name, domain and path is deleted." : "Already expired: nothing is stored (had a cookie with this name, domain and path existed, it would have been deleted).",
        source: "storage",
      });
      return { line, verdict: "deleted", reason: same >= 0 ? "deleted the existing cookie" : "expired on arrival", steps, attributes, record };
    }
    this.cookies.push(record);
    steps.push({ title: "Verdict", outcome: "ok", detail: same >= 0 ? "Stored, replacing the cookie with the same name, domain and path." : "Stored.", source: "storage" });
    return { line, verdict: "stored", steps, attributes, record };
  }
}
