/**
 * Why a state-changing request cannot be shown to come from this site's own pages, or null when it can.
 * Next route handlers get no CSRF protection (server actions do), so every mutating handler asks this.
 * Browsers send Sec-Fetch-Site and Origin on POSTs; a request with neither is refused. The expected
 * origin is the scheme and host the request was sent to, as a TLS-terminating proxy reports them.
 */
export function crossOriginReason(headers: Headers, requestUrl: string): string | null {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") {
    return `Sec-Fetch-Site is "${site}": only this site's own pages may send this request.`;
  }
  const origin = headers.get("origin");
  if (origin === null) {
    return site === "same-origin" ? null : "The request has no Origin header, so it cannot be shown to come from this site.";
  }
  const host = firstValue(headers.get("x-forwarded-host")) || headers.get("host");
  if (!host) return "The request has no Host header to compare its Origin with.";
  const scheme = (firstValue(headers.get("x-forwarded-proto")) || new URL(requestUrl).protocol.replace(":", "")).toLowerCase();
  const expected = `${scheme}://${host.toLowerCase()}`;
  if (origin.toLowerCase() !== expected) {
    return `Origin ${origin} is not this site (${expected}); only this site's own pages may send this request.`;
  }
  return null;
}

function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim() || undefined;
}
