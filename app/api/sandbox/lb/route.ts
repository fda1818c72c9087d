import { reportable } from "@/app/_lib/sandbox/http/report-in-body";
import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { contextOf, lbDeps, respond } from "@/app/_lib/sandbox/http/route-kit";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";
import { readLb } from "@/app/_lib/sandbox/labs/lb-service";

/** The load-balancer simulation as this learner left it (a fresh one if none). */
export const GET = reportable(async (request: Request): Promise<Response> => respond(() => readLb(lbDeps(), contextOf(request))));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.lbRead.path));
