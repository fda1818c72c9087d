import { lbConfigureRequestSchema } from "@/app/_lib/sandbox/contract";
import { lbDeps, mutation } from "@/app/_lib/sandbox/http/route-kit";
import { configureLb } from "@/app/_lib/sandbox/labs/lb-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** Choose strategy, storage and node count; starts a fresh simulation. */
export const POST = mutation(lbConfigureRequestSchema, (ctx, body) => configureLb(lbDeps(), ctx, body));

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(["POST"]);
