import type { ErrorBody } from "../contract";

type Extra = { setCookies?: readonly string[]; headers?: Record<string, string> };

/** Session state must never sit in a shared or browser cache. */
const BASE_HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};

export function jsonResponse(status: number, body: unknown, extra: Extra = {}): Response {
  const headers = new Headers({ ...BASE_HEADERS, "Content-Type": "application/json; charset=utf-8", ...extra.headers });
  for (const cookie of extra.setCookies ?? []) headers.append("Set-Cookie", cookie);
  return new Response(JSON.stringify(body), { status, headers });
}

export function errorResponse(status: number, body: ErrorBody, extra: Extra = {}): Response {
  return jsonResponse(status, body, extra);
}

/** Next answers unexported methods with a bare 405; ours carry Allow and no-store. */
export function methodNotAllowedHandlers(allow: readonly string[]) {
  const allowHeader = [...allow, "OPTIONS"].join(", ");
  const refuse = () =>
    errorResponse(
      405,
      { error: "method-not-allowed", message: `This endpoint accepts ${allow.join(" and ")} only.` },
      { headers: { Allow: allowHeader } },
    );
  return {
    GET: refuse,
    PUT: refuse,
    PATCH: refuse,
    DELETE: refuse,
    POST: refuse,
    OPTIONS: () => new Response(null, { status: 204, headers: { ...BASE_HEADERS, Allow: allowHeader } }),
  };
}
