import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { kindMutation } from "@/app/_lib/sandbox/http/route-kit";
import { loginUnderFixationLab } from "@/app/_lib/sandbox/labs/fixation-lab";
import { loginToken } from "@/app/_lib/sandbox/kinds/token-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** Start a session as a name: a fresh seal, token or server-side ID. */
export const POST = kindMutation(endpoints.login, {
  token: (deps, ctx, body) => loginToken(deps, ctx, body.name),
  server: (deps, ctx, body) => loginUnderFixationLab(deps, ctx, body.name),
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.login.path));
