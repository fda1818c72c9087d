import { contextOf, lbDeps, respond } from "@/app/_lib/sandbox/http/route-kit";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";
import { readLb } from "@/app/_lib/sandbox/kinds/lb-service";

/** The load-balancer simulation as this learner left it (a fresh one if none). */
export async function GET(request: Request): Promise<Response> {
  return respond(() => readLb(lbDeps(), contextOf(request)));
}

const refuse = methodNotAllowedHandlers(["GET", "HEAD"]);
export const POST = refuse.POST;
export const PUT = refuse.PUT;
export const PATCH = refuse.PATCH;
export const DELETE = refuse.DELETE;
export const OPTIONS = refuse.OPTIONS;
