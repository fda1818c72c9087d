import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { kindMutation } from "@/app/_lib/sandbox/http/route-kit";
import { regenerateServer } from "@/app/_lib/sandbox/kinds/server-service";
import { regenerateToken } from "@/app/_lib/sandbox/kinds/token-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** New ID / seal id / jti for the same session data. */
export const POST = kindMutation(endpoints.regenerate, {
  token: (deps, ctx) => regenerateToken(deps, ctx),
  server: (deps, ctx) => regenerateServer(deps, ctx),
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.regenerate.path));
