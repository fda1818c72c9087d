import { emptyRequestSchema } from "@/app/_lib/sandbox/contract";
import { kindMutation } from "@/app/_lib/sandbox/http/route-kit";
import { logoutServer } from "@/app/_lib/sandbox/kinds/server-service";
import { logoutToken } from "@/app/_lib/sandbox/kinds/token-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** End the session; keeps a pre-logout copy for the replay lab. */
export const POST = kindMutation(emptyRequestSchema, {
  token: (deps, ctx) => logoutToken(deps, ctx),
  server: (deps, ctx) => logoutServer(deps, ctx),
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(["POST"]);
