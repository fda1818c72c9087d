/**
 * Requests the framework itself would answer with a 500 (found by an attack run against `next start`):
 * an unknown method such as TRACE, a path segment whose percent-encoding does not decode, and a Server
 * Action call from another origin. Refused here with the right 4xx before they reach a route.
 * Pure, so unit tests cover it without Next; `raw-request-gate.ts` applies it to every request.
 */
import type { HeaderReader } from "./same-origin";

/** Every method a route of this site answers; anything else is 405 before routing. */
export const KNOWN_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type GateRequest = {
  method: string;
  /** The path as sent, still percent-encoded. */
  rawPath: string;
  headers: HeaderReader;
  /**
   * The origin this site is served from, as `expectedOrigin` works it out; null when the request gives no
   * way to tell. A function, because only a Server Action call needs it.
   */
  siteOrigin: () => string | null;
};

export type GateRefusal = { status: 400 | 403 | 405; message: string; headers?: Record<string, string> };

export function gateRefusal({ method, rawPath, headers, siteOrigin }: GateRequest): GateRefusal | null {
  if (!(KNOWN_METHODS as readonly string[]).includes(method.toUpperCase())) {
    return {
      status: 405,
      message: `The method ${method} is not used by this site.`,
      headers: { Allow: KNOWN_METHODS.join(", ") },
    };
  }
  const bad = undecodableSegment(rawPath);
  if (bad !== null) {
    return { status: 400, message: `The path segment "${bad}" is not valid percent-encoding.` };
  }
  if (headers.has("next-action")) {
    const origin = headers.get("origin");
    if (origin !== null && origin.toLowerCase() !== siteOrigin()?.toLowerCase()) {
      return { status: 403, message: `A form action from ${origin} is not accepted: only this site's own pages may send one.` };
    }
  }
  return null;
}

function undecodableSegment(rawPath: string): string | null {
  // Every request passes here now, static assets included, and almost none has a percent sign to check.
  if (!rawPath.includes("%")) return null;
  for (const segment of rawPath.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      // Cut, so an enormous segment does not become an enormous message.
      return segment.length > 60 ? `${segment.slice(0, 60)}…` : segment;
    }
  }
  return null;
}
