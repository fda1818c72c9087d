import { lbSendRequestSchema } from "@/app/_lib/sandbox/contract";
import { lbDeps, mutation } from "@/app/_lib/sandbox/http/route-kit";
import { sendLb } from "@/app/_lib/sandbox/kinds/lb-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** One simulated request from a client through the balancer. */
export const POST = mutation(lbSendRequestSchema, (ctx, body) => sendLb(lbDeps(), ctx, body));

const refuse = methodNotAllowedHandlers(["POST"]);
export const GET = refuse.GET;
export const PUT = refuse.PUT;
export const PATCH = refuse.PATCH;
export const DELETE = refuse.DELETE;
export const OPTIONS = refuse.OPTIONS;
