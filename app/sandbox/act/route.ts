import { guardRequest } from "@/app/_lib/http/request-guard";
import { decodeUtf8, MAX_BODY_BYTES } from "@/app/_lib/sandbox/http/envelope";
import { clientKey } from "@/app/_lib/sandbox/http/rate-limiter";
import { contextOf, serverDeps, tokenDeps } from "@/app/_lib/sandbox/http/route-kit";
import { readSession } from "@/app/_lib/sandbox/http/read-session";
import { flashCookie, putFlash } from "@/app/_lib/sandbox/form/flash";
import { formActionLabel, parseFormAction, type FormAction } from "@/app/_lib/sandbox/form/form-action";
import { loginUnderFixationLab } from "@/app/_lib/sandbox/labs/fixation-lab";
import { loginToken, logoutToken, putToken, regenerateToken, removeToken } from "@/app/_lib/sandbox/kinds/token-service";
import { logoutServer, putServer, regenerateServer, removeServer } from "@/app/_lib/sandbox/kinds/server-service";
import type { Outcome, RequestContext } from "@/app/_lib/sandbox/kinds/outcome";
import { sandboxRuntime } from "@/app/_lib/sandbox/runtime";
import { StoreUnavailableError } from "@/app/_lib/sandbox/store/types";
import type { ErrorBody, SandboxKind } from "@/app/_lib/sandbox/contract";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/**
 * POST /sandbox/act: the sandbox's forms without JavaScript (log in, put, remove, read, regenerate, log
 * out). The same domain actions as the JSON endpoints, then Post/Redirect/Get: 303 to /sandbox in the
 * kind's tab, with the action's cookies and a one-time flash of its answer, which the page renders on
 * the server. With JavaScript the page sends the JSON endpoints instead and never comes here.
 *
 * A form post is what a cross-site page can forge, so it passes the same origin check as every other
 * state-changing request; the rate limit is the JSON endpoints' one.
 */
const FORM_BODY = {
  accepts: ({ type }: { type: string }) => type === "application/x-www-form-urlencoded",
  expected: "an HTML form (application/x-www-form-urlencoded)",
  maxBytes: MAX_BODY_BYTES,
};

function run(form: FormAction, ctx: RequestContext): Promise<Outcome> {
  if (form.kind === "server") {
    const deps = serverDeps();
    switch (form.action) {
      case "login":
        return loginUnderFixationLab(deps, ctx, form.name);
      case "put":
        return putServer(deps, ctx, form.key, form.value);
      case "remove":
        return removeServer(deps, ctx, form.key);
      case "regenerate":
        return regenerateServer(deps, ctx);
      case "logout":
        return logoutServer(deps, ctx);
      case "read":
        return readSession.server(deps, ctx);
    }
  }
  const deps = tokenDeps(form.kind);
  switch (form.action) {
    case "login":
      return loginToken(deps, ctx, form.name);
    case "put":
      return putToken(deps, ctx, form.key, form.value);
    case "remove":
      return removeToken(deps, ctx, form.key);
    case "regenerate":
      return regenerateToken(deps, ctx);
    case "logout":
      return logoutToken(deps, ctx);
    case "read":
      return readSession.token(deps, ctx);
  }
}

function seeOther(request: Request, kind: SandboxKind | null, flash: { label: string; status: number; body: Outcome["body"] } | null, setCookies: string[] = []): Response {
  const url = new URL(request.url);
  const headers = new Headers({ "Cache-Control": "no-store", Location: kind ? `/sandbox?kind=${kind}#${kind}-now` : "/sandbox#kinds" });
  for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
  if (flash && kind) {
    const now = sandboxRuntime().clock();
    const id = putFlash({ kind, ...flash, body: flash.body as ErrorBody }, now);
    headers.append("Set-Cookie", flashCookie(id, url.protocol === "https:"));
  }
  return new Response(null, { status: 303, headers });
}

export async function POST(request: Request): Promise<Response> {
  const guarded = await guardRequest(request, FORM_BODY);
  if (!guarded.ok) {
    // Refused before anything is read, as the JSON endpoints do; a foreign page gets no redirect to follow.
    const { status, code, message } = guarded.refusal;
    return Response.json({ error: code, message } satisfies ErrorBody, { status, headers: { "Cache-Control": "no-store" } });
  }
  const text = decodeUtf8(guarded.bytes);
  const parsed = parseFormAction(new URLSearchParams(text.ok ? text.text : ""));
  if (!parsed.ok) {
    const label = parsed.action ? formActionLabel(parsed.action) : "Send the form";
    return seeOther(request, parsed.kind, { label, status: parsed.status, body: parsed.body });
  }
  const { form } = parsed;
  const label = formActionLabel(form.action, form.action === "remove" ? form.key : "");
  const ctx = contextOf(request);
  const runtime = sandboxRuntime();
  if (runtime.limiter) {
    const taken = await runtime.limiter.take(clientKey(request.headers, runtime.trustedHops), ctx.now);
    if (!taken.ok) {
      const body: ErrorBody = { error: "rate-limited", message: `Too many sandbox changes from this client; try again in ${taken.retryAfterSeconds} s.`, retryAfterSeconds: taken.retryAfterSeconds };
      return seeOther(request, form.kind, { label, status: 429, body });
    }
  }
  try {
    const outcome = await run(form, ctx);
    return seeOther(request, form.kind, { label, status: outcome.status, body: outcome.body }, outcome.setCookies);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) console.error("[session-lab] sandbox form action failed:", error);
    const body: ErrorBody =
      error instanceof StoreUnavailableError
        ? { error: "store-unavailable", message: `${error.message} Server-side sandbox sessions are paused until it is back; the lessons are unaffected.` }
        : { error: "internal-error", message: "The sandbox hit an unexpected error; nothing was changed on purpose. Try again." };
    return seeOther(request, form.kind, { label, status: error instanceof StoreUnavailableError ? 503 : 500, body });
  }
}

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(["POST"]);
