import type { z } from "zod";
import type { ErrorBody } from "../contract";
import { clientKey, type RateLimiter } from "./rate-limiter";
import { errorResponse } from "./responses";
import { guardRequest, type GuardSpec } from "@/app/_lib/http/request-guard";

/** Far above any sandbox body (the largest is a 3000-character value), far below anything costly. */
export const MAX_BODY_BYTES = 4096;

export type Refusal = { status: number; body: ErrorBody; headers?: Record<string, string> };

/** application/json, optionally with charset=utf-8; text/plain and forms (what a cross-site form can send) are refused. */
export const JSON_BODY: GuardSpec = {
  accepts: ({ type, params }) => type === "application/json" && (params.charset === undefined || params.charset.toLowerCase() === "utf-8"),
  expected: "JSON with Content-Type: application/json",
  maxBytes: MAX_BODY_BYTES,
};

/** The body as UTF-8 text; bytes that are not UTF-8 are a 400, not a string with replacement characters. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; refusal: Refusal } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, refusal: { status: 400, body: { error: "malformed-json", message: "The body is not valid UTF-8." } } };
  }
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; refusal: Refusal } {
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, refusal: { status: 400, body: { error: "malformed-json", message: `The body is not valid JSON: ${(error as Error).message}` } } };
  }
}

/** 422 naming the first offending field, the way a form would point at it. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): { ok: true; value: z.output<S> } | { ok: false; refusal: Refusal } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  const field =
    issue.code === "unrecognized_keys" ? issue.keys[0] ?? "(body)" : issue.path.length > 0 ? issue.path.map(String).join(".") : "(body)";
  const message =
    issue.code === "unrecognized_keys"
      ? `Unexpected field "${field}": this endpoint does not accept it.`
      : issue.code === "invalid_type" && issue.path.length === 0
        ? "The body must be a JSON object."
        : `${field}: ${issue.message}`;
  return { ok: false, refusal: { status: 422, body: { error: "invalid-body", message, field } } };
}

export type EnvelopeOptions = {
  limiter: RateLimiter | null;
  /** Proxies in front of the server that append to X-Forwarded-For (TRUST_PROXY); 0 trusts none. */
  trustedHops?: number;
  now?: number;
  maxBodyBytes?: number;
};

/**
 * Everything a mutating sandbox request must pass before any session code runs, in order of cost:
 * rate limit, then the site-wide guard (same origin, content type, size), then UTF-8, JSON, schema.
 */
export async function readMutation<S extends z.ZodType>(
  request: Request,
  schema: S,
  { limiter, trustedHops = 0, now = Date.now(), maxBodyBytes = MAX_BODY_BYTES }: EnvelopeOptions,
): Promise<{ ok: true; body: z.output<S> } | { ok: false; response: Response }> {
  const refuse = (refusal: Refusal) => ({ ok: false as const, response: errorResponse(refusal.status, refusal.body, { headers: refusal.headers }) });
  if (limiter) {
    const taken = await limiter.take(clientKey(request.headers, trustedHops), now);
    if (!taken.ok) {
      return refuse({
        status: 429,
        body: { error: "rate-limited", message: `Too many sandbox changes from this client; try again in ${taken.retryAfterSeconds} s.`, retryAfterSeconds: taken.retryAfterSeconds },
        headers: { "Retry-After": String(taken.retryAfterSeconds) },
      });
    }
  }
  const guarded = await guardRequest(request, { ...JSON_BODY, maxBytes: maxBodyBytes });
  if (!guarded.ok) {
    const { status, code, message } = guarded.refusal;
    return refuse({ status, body: { error: code, message } });
  }
  const text = decodeUtf8(guarded.bytes);
  if (!text.ok) return refuse(text.refusal);
  const json = parseJson(text.text);
  if (!json.ok) return refuse(json.refusal);
  const valid = validate(schema, json.value);
  if (!valid.ok) return refuse(valid.refusal);
  return { ok: true, body: valid.value };
}
