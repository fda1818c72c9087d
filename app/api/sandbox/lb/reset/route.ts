import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { lbDeps, mutation } from "@/app/_lib/sandbox/http/route-kit";
import { resetLb } from "@/app/_lib/sandbox/labs/lb-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** Back to the initial simulation. */
export const POST = mutation(endpoints.lbReset, (ctx) => resetLb(lbDeps(), ctx));

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.lbReset.path));
