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

const refuse = methodNotAllowedHandlers(["POST"]);
export const GET = refuse.GET;
export const PUT = refuse.PUT;
export const PATCH = refuse.PATCH;
export const DELETE = refuse.DELETE;
export const OPTIONS = refuse.OPTIONS;
