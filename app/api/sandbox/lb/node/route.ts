import { lbNodeRequestSchema } from "@/app/_lib/sandbox/contract";
import { lbDeps, mutation } from "@/app/_lib/sandbox/http/route-kit";
import { nodeLb } from "@/app/_lib/sandbox/labs/lb-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** Kill or revive a simulated node. */
export const POST = mutation(lbNodeRequestSchema, (ctx, body) => nodeLb(lbDeps(), ctx, body));

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(["POST"]);
