import { lbConfigureRequestSchema } from "@/app/_lib/sandbox/contract";
import { lbDeps, mutation } from "@/app/_lib/sandbox/http/route-kit";
import { configureLb } from "@/app/_lib/sandbox/kinds/lb-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** Choose strategy, storage and node count; starts a fresh simulation. */
export const POST = mutation(lbConfigureRequestSchema, (ctx, body) => configureLb(lbDeps(), ctx, body));

const refuse = methodNotAllowedHandlers(["POST"]);
export const GET = refuse.GET;
export const PUT = refuse.PUT;
export const PATCH = refuse.PATCH;
export const DELETE = refuse.DELETE;
export const OPTIONS = refuse.OPTIONS;
