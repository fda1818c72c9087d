import { serverEnv } from "@/app/_lib/config/env";

export type OriginSettings = {
  /** SITE_ORIGIN: when set, the only origin accepted. */
  siteOrigin?: string;
  /** TRUST_PROXY: forwarded Host and Proto headers are believed only behind a trusted proxy. */
  trustedHops: number;
};

export function originSettings(): OriginSettings {
  const env = serverEnv();
  return { siteOrigin: env.SITE_ORIGIN, trustedHops: env.TRUST_PROXY ?? 0 };
}

/** What the origin checks read of a request's headers: a Fetch `Headers`, or Node's raw headers behind a getter. */
export type HeaderReader = { get(name: string): string | null; has(name: string): boolean };

/**
 * The origin this site's own pages have: SITE_ORIGIN when configured; else the scheme of the connection the
 * request came over (`scheme`) and the host it was sent to, taking X-Forwarded-Proto and X-Forwarded-Host into
 * account only behind a trusted proxy (a client could otherwise send `X-Forwarded-Host: evil.example` beside
 * `Origin: http://evil.example`).
 */
export function expectedOrigin(headers: HeaderReader, scheme: "http" | "https", settings: OriginSettings): string | null {
  if (settings.siteOrigin) return new URL(settings.siteOrigin).origin;
  const trusted = settings.trustedHops > 0;
  const host = (trusted && firstValue(headers.get("x-forwarded-host"))) || headers.get("host");
  if (!host) return null;
  const sent = (trusted && firstValue(headers.get("x-forwarded-proto"))) || scheme;
  return `${sent.toLowerCase()}://${host.toLowerCase()}`;
}

/** The scheme a request URL was served over, as `expectedOrigin` takes it. */
export function schemeOf(requestUrl: string): "http" | "https" {
  return new URL(requestUrl).protocol === "https:" ? "https" : "http";
}

/**
 * Why a state-changing request cannot be shown to come from this site's own pages, or null when it can.
 * Next route handlers get no CSRF protection (server actions do), so every mutating handler asks this.
 * Browsers send Sec-Fetch-Site and Origin on POSTs; a request with neither is refused.
 */
export function crossOriginReason(headers: Headers, requestUrl: string, settings: OriginSettings = originSettings()): string | null {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") {
    return `Sec-Fetch-Site is "${site}": only this site's own pages may send this request.`;
  }
  const origin = headers.get("origin");
  if (origin === null) {
    return site === "same-origin" ? null : "The request has no Origin header, so it cannot be shown to come from this site.";
  }
  const expected = expectedOrigin(headers, schemeOf(requestUrl), settings);
  if (!expected) return "The request has no Host header to compare its Origin with.";
  if (origin.toLowerCase() !== expected) {
    return `Origin ${origin} is not this site (${expected}); only this site's own pages may send this request.`;
  }
  return null;
}

function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim() || undefined;
}
