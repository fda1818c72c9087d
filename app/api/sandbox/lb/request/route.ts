import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { lbDeps, mutation } from "@/app/_lib/sandbox/http/route-kit";
import { sendLb } from "@/app/_lib/sandbox/labs/lb-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** One simulated request from a client through the balancer. */
export const POST = mutation(endpoints.lbRequest, (ctx, body) => sendLb(lbDeps(), ctx, body));

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.lbRequest.path));
