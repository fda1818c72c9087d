import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { lbDeps, mutation } from "@/app/_lib/sandbox/http/route-kit";
import { configureLb } from "@/app/_lib/sandbox/labs/lb-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** Choose strategy, storage and node count; starts a fresh simulation. */
export const POST = mutation(endpoints.lbConfigure, (ctx, body) => configureLb(lbDeps(), ctx, body));

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.lbConfigure.path));
