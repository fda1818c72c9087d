import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { mutation, serverDeps } from "@/app/_lib/sandbox/http/route-kit";
import { fixationStep } from "@/app/_lib/sandbox/labs/fixation-lab";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** The session fixation lab: plant, login, attacker, reset. */
export const POST = mutation(endpoints.fixation, (ctx, body) => fixationStep(serverDeps(), ctx, body));

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.fixation.path));
