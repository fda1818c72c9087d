import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { mutation, tokenDeps } from "@/app/_lib/sandbox/http/route-kit";
import { checkJwt } from "@/app/_lib/sandbox/kinds/token-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** Any JWT through the sandbox's own verifier: what the JWT debugger's attack buttons send. */
export const POST = mutation(endpoints.jwtCheck, (ctx, body) => checkJwt(tokenDeps("jwt"), ctx, body.token));

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.jwtCheck.path));
