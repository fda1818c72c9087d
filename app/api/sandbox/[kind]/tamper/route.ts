import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { kindMutation } from "@/app/_lib/sandbox/http/route-kit";
import { tamperServer } from "@/app/_lib/sandbox/kinds/server-service";
import { tamperToken } from "@/app/_lib/sandbox/kinds/token-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** Flip one character of a copy of the cookie and report what the server makes of it. */
export const POST = kindMutation(endpoints.tamper, {
  token: (deps, ctx, body) => tamperToken(deps, ctx, body.where),
  server: (deps, ctx) => tamperServer(deps, ctx),
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.tamper.path));
