import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { kindMutation } from "@/app/_lib/sandbox/http/route-kit";
import { logoutServer } from "@/app/_lib/sandbox/kinds/server-service";
import { logoutToken } from "@/app/_lib/sandbox/kinds/token-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** End the session; keeps a pre-logout copy for the replay lab. */
export const POST = kindMutation(endpoints.logout, {
  token: (deps, ctx) => logoutToken(deps, ctx),
  server: (deps, ctx) => logoutServer(deps, ctx),
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.logout.path));
