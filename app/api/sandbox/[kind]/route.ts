import { kindRead } from "@/app/_lib/sandbox/http/route-kit";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";
import { readServer } from "@/app/_lib/sandbox/kinds/server-service";
import { readToken } from "@/app/_lib/sandbox/kinds/token-service";

/** Read the session of one kind: the view with wire, size, inspection and status. */
export const GET = kindRead({ token: (deps, ctx) => readToken(deps, ctx), server: (deps, ctx) => readServer(deps, ctx) });

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(["GET", "HEAD"]);
