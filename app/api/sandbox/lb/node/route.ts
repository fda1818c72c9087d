import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { lbDeps, mutation } from "@/app/_lib/sandbox/http/route-kit";
import { nodeLb } from "@/app/_lib/sandbox/labs/lb-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** Kill or revive a simulated node. */
export const POST = mutation(endpoints.lbNode, (ctx, body) => nodeLb(lbDeps(), ctx, body));

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.lbNode.path));
