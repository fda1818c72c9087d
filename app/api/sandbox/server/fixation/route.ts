import { fixationRequestSchema } from "@/app/_lib/sandbox/contract";
import { mutation, serverDeps } from "@/app/_lib/sandbox/http/route-kit";
import { fixationServer } from "@/app/_lib/sandbox/kinds/server-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** The session fixation lab: plant, login, attacker, reset. */
export const POST = mutation(fixationRequestSchema, (ctx, body) => fixationServer(serverDeps(), ctx, body));

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(["POST"]);
