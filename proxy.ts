import { NextResponse, type NextRequest } from "next/server";
import { gateRefusal } from "@/app/_lib/http/request-gate";
import { expectedOrigin, originSettings } from "@/app/_lib/http/same-origin";

/**
 * Runs before routing: refuses what the framework would otherwise answer with a 500 (see request-gate.ts).
 * Everything else passes untouched.
 */
export function proxy(request: NextRequest) {
  const refusal = gateRefusal({
    method: request.method,
    rawPath: rawPathOf(request.url),
    headers: request.headers,
    siteOrigin: expectedOrigin(request.headers, request.url, originSettings()) ?? request.nextUrl.origin,
  });
  if (!refusal) return NextResponse.next();
  return NextResponse.json(
    { error: refusal.message },
    { status: refusal.status, headers: { "Cache-Control": "no-store", ...refusal.headers } },
  );
}

/** The path as the client sent it: URL parsing keeps percent-escapes, but read it off the string to be sure. */
function rawPathOf(url: string): string {
  const afterHost = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  return afterHost.split(/[?#]/, 1)[0] ?? "/";
}

export const config = {
  // Static build output cannot reach a route handler or an action; skip it so assets pay nothing.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
