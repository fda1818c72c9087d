import "server-only";
import type { z } from "zod";
import { sandboxKindSchema, type SandboxKind } from "../contract";
import { endpoints, methodsAt, type Endpoint } from "../endpoints";
import type { Outcome, RequestContext } from "../kinds/outcome";
import type { ServerDeps } from "../kinds/server-service";
import type { TokenDeps } from "../kinds/token-service";
import type { LbDeps } from "../labs/lb-service";
import { sandboxRuntime } from "../runtime";
import { StoreUnavailableError } from "../store/types";
import { readMutation } from "./envelope";
import { reportable } from "./report-in-body";
import { errorResponse, jsonResponse, methodNotAllowedHandlers } from "./responses";

type KindParams = { params: Promise<{ kind: string }> };

export function contextOf(request: Request): RequestContext {
  return { cookieHeader: request.headers.get("cookie"), now: sandboxRuntime().clock() };
}

/** Turns an action's outcome into a response; an unreachable store becomes a quick, explained 503. */
export async function respond(run: () => Promise<Outcome>): Promise<Response> {
  try {
    const outcome = await run();
    return jsonResponse(outcome.status, outcome.body, { setCookies: outcome.setCookies });
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      return errorResponse(
        503,
        { error: "store-unavailable", message: `${error.message} Server-side sandbox sessions and the labs are paused until it is back; the lessons are unaffected.` },
        { headers: { "Retry-After": "5" } },
      );
    }
    console.error("[session-lab] sandbox action failed:", error);
    return errorResponse(500, { error: "internal-error", message: "The sandbox hit an unexpected error; nothing was changed on purpose. Try again." });
  }
}

function unknownKind(kind: string): Response {
  return errorResponse(404, { error: "not-found", message: `There is no sandbox kind "${kind.slice(0, 40)}"; use sealed, server or jwt.` });
}

export const tokenDeps = (kind: "sealed" | "jwt"): TokenDeps => sandboxRuntime().token(kind);

export const serverDeps = (): ServerDeps => sandboxRuntime().server;

export type KindActions<B> = {
  token: (deps: TokenDeps, ctx: RequestContext, body: B) => Promise<Outcome>;
  server: (deps: ServerDeps, ctx: RequestContext, body: B) => Promise<Outcome>;
};

function dispatch<B>(kind: SandboxKind, actions: KindActions<B>, ctx: RequestContext, body: B): Promise<Outcome> {
  return kind === "server" ? actions.server(serverDeps(), ctx, body) : actions.token(tokenDeps(kind), ctx, body);
}

/** GET /api/sandbox/{kind} and friends: no body, no envelope (reads change nothing a cross-site page could abuse). */
export function kindRead(actions: KindActions<undefined>) {
  return reportable(async (request: Request, { params }: KindParams): Promise<Response> => {
    const { kind } = await params;
    const parsed = sandboxKindSchema.safeParse(kind);
    if (!parsed.success) return unknownKind(kind);
    return respond(() => dispatch(parsed.data, actions, contextOf(request), undefined));
  });
}

/**
 * The same read for a route whose folder names the kind (app/api/sandbox/sealed/route.ts and its
 * siblings). The session read is the sandbox's hottest request, and a dynamic segment makes Next
 * rebuild the route's matcher on every request: about 35 µs of a 0.6 ms read (bench/FINDINGS.md).
 */
export function fixedKindReadRoute(kind: SandboxKind, actions: KindActions<undefined>) {
  return {
    ...methodNotAllowedHandlers(methodsAt(endpoints.read.path)),
    GET: reportable((request: Request): Promise<Response> => respond(() => dispatch(kind, actions, contextOf(request), undefined))),
  };
}

type WithBody = Endpoint & { request: z.ZodType };

async function mutateKind<S extends z.ZodType>(request: Request, kind: SandboxKind, schema: S, actions: KindActions<z.output<S>>): Promise<Response> {
  const ctx = contextOf(request);
  const envelope = await readMutation<S>(request, schema, { limiter: sandboxRuntime().limiter, trustedHops: sandboxRuntime().trustedHops, now: ctx.now });
  if (!envelope.ok) return envelope.response;
  return respond(() => dispatch(kind, actions, ctx, envelope.body));
}

/** A state-changing kind endpoint: envelope first (with the endpoint's request schema), then the action for that kind. */
export function kindMutation<E extends WithBody>({ request: schema }: E, actions: KindActions<z.output<E["request"]>>) {
  return reportable(async (request: Request, { params }: KindParams): Promise<Response> => {
    const { kind } = await params;
    const parsed = sandboxKindSchema.safeParse(kind);
    if (!parsed.success) return unknownKind(kind);
    return mutateKind<E["request"]>(request, parsed.data, schema, actions);
  });
}

/**
 * The same mutation for a route whose folder names the kind (app/api/sandbox/sealed/data/route.ts and its
 * siblings), for the reason `fixedKindReadRoute` gives: a dynamic segment costs every request a matcher rebuild.
 */
export function fixedKindMutation<E extends WithBody>(kind: SandboxKind, { request: schema }: E, actions: KindActions<z.output<E["request"]>>) {
  return reportable((request: Request): Promise<Response> => mutateKind<E["request"]>(request, kind, schema, actions));
}

/** A state-changing endpoint outside the per-kind routes (fixation, load balancer). */
export function mutation<E extends WithBody>({ request: schema }: E, action: (ctx: RequestContext, body: z.output<E["request"]>) => Promise<Outcome>) {
  return reportable(async (request: Request): Promise<Response> => {
    const ctx = contextOf(request);
    const envelope = await readMutation<E["request"]>(request, schema, { limiter: sandboxRuntime().limiter, trustedHops: sandboxRuntime().trustedHops, now: ctx.now });
    if (!envelope.ok) return envelope.response;
    return respond(() => action(ctx, envelope.body));
  });
}

export const lbDeps = (): LbDeps => sandboxRuntime().lb;
