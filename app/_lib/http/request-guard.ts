import { readCappedBytes } from "./read-capped";
import { crossOriginReason } from "./same-origin";

/** Why a state-changing request was refused before any handler code ran. */
export type GuardRefusal = {
  status: 403 | 413 | 415;
  code: "forbidden-origin" | "unsupported-media-type" | "payload-too-large";
  message: string;
};

/**
 * A Content-Type header split into its type and parameters (RFC 9110 §8.3.1). The type and parameter
 * names are case-insensitive and come back lower-cased; values keep their case (a boundary is not).
 */
export type MediaType = { type: string; params: Record<string, string> };

export function parseMediaType(raw: string | null): MediaType {
  const [type = "", ...rest] = (raw ?? "").split(";").map((part) => part.trim());
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf("=");
    if (eq > 0) params[param.slice(0, eq).trim().toLowerCase()] = param.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1");
  }
  return { type: type.toLowerCase(), params };
}

/** What one endpoint accepts. */
export type GuardSpec = {
  accepts: (media: MediaType) => boolean;
  /** Said in the 415 message, e.g. "JSON with Content-Type: application/json". */
  expected: string;
  maxBytes: number;
  /** Said in the 413 message, e.g. "a quiz answer never is". */
  tooLargeNote?: string;
};

/**
 * Everything a state-changing request must pass before its body is parsed, in order of cost: it comes
 * from this site's own pages (Next route handlers get no CSRF check; server actions do), it has the
 * media type the endpoint reads, and it is small, counted while reading. Returns the raw body.
 */
export async function guardRequest(
  request: Request,
  spec: GuardSpec,
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer>; media: MediaType } | { ok: false; refusal: GuardRefusal }> {
  const reason = crossOriginReason(request.headers, request.url);
  if (reason !== null) return { ok: false, refusal: { status: 403, code: "forbidden-origin", message: reason } };

  const raw = request.headers.get("content-type");
  const media = parseMediaType(raw);
  if (!spec.accepts(media)) {
    const got = raw === null ? "none" : JSON.stringify(raw);
    return { ok: false, refusal: { status: 415, code: "unsupported-media-type", message: `Send the body as ${spec.expected} (got ${got}).` } };
  }

  const bytes = await readCappedBytes(request, spec.maxBytes);
  if (bytes === null) {
    const note = spec.tooLargeNote ? `; ${spec.tooLargeNote}` : "";
    return { ok: false, refusal: { status: 413, code: "payload-too-large", message: `The request body is over ${spec.maxBytes} bytes${note}.` } };
  }
  return { ok: true, bytes, media };
}
