import { emptyRequestSchema } from "@/app/_lib/sandbox/contract";
import { kindMutation } from "@/app/_lib/sandbox/http/route-kit";
import { regenerateServer } from "@/app/_lib/sandbox/kinds/server-service";
import { regenerateToken } from "@/app/_lib/sandbox/kinds/token-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** New ID / seal id / jti for the same session data. */
export const POST = kindMutation(emptyRequestSchema, {
  token: (deps, ctx) => regenerateToken(deps, ctx),
  server: (deps, ctx) => regenerateServer(deps, ctx),
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(["POST"]);
