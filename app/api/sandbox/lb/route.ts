import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { contextOf, lbDeps, respond } from "@/app/_lib/sandbox/http/route-kit";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";
import { readLb } from "@/app/_lib/sandbox/labs/lb-service";

/** The load-balancer simulation as this learner left it (a fresh one if none). */
export async function GET(request: Request): Promise<Response> {
  return respond(() => readLb(lbDeps(), contextOf(request)));
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.lbRead.path));
