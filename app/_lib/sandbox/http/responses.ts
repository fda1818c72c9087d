import type { ErrorBody } from "../contract";

type Extra = { setCookies?: readonly string[]; headers?: Record<string, string> };

/** Session state must never sit in a shared or browser cache. */
const BASE_HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};

/**
 * The header list goes to the Response as name/value pairs: `new Headers(...)` first would build and
 * validate the whole list twice, since the Response copies it into its own (bench/FINDINGS.md, 3 December).
 */
export function jsonResponse(status: number, body: unknown, extra: Extra = {}): Response {
  const headers: [string, string][] = [
    ["Cache-Control", BASE_HEADERS["Cache-Control"]],
    ["X-Content-Type-Options", BASE_HEADERS["X-Content-Type-Options"]],
    ["Content-Type", "application/json; charset=utf-8"],
  ];
  if (extra.headers) for (const name of Object.keys(extra.headers)) setHeader(headers, name, extra.headers[name]!);
  if (extra.setCookies) for (const cookie of extra.setCookies) headers.push(["Set-Cookie", cookie]);
  return new Response(JSON.stringify(body), { status, headers });
}

/** Replaces a header of the same name (case-insensitively), as spreading objects into `new Headers` did. */
function setHeader(headers: [string, string][], name: string, value: string): void {
  const lower = name.toLowerCase();
  const at = headers.findIndex(([existing]) => existing.toLowerCase() === lower);
  if (at === -1) headers.push([name, value]);
  else headers[at] = [name, value];
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
