import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";
import { kindMutation } from "@/app/_lib/sandbox/http/route-kit";
import { putServer, removeServer } from "@/app/_lib/sandbox/kinds/server-service";
import { putToken, removeToken } from "@/app/_lib/sandbox/kinds/token-service";

/** Put one key/value into the session. */
export const POST = kindMutation(endpoints.putData, {
  token: (deps, ctx, body) => putToken(deps, ctx, body.key, body.value),
  server: (deps, ctx, body) => putServer(deps, ctx, body.key, body.value),
});

/** Remove one key from the session. */
export const DELETE = kindMutation(endpoints.removeData, {
  token: (deps, ctx, body) => removeToken(deps, ctx, body.key),
  server: (deps, ctx, body) => removeServer(deps, ctx, body.key),
});

export const { GET, PUT, PATCH, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.putData.path));
