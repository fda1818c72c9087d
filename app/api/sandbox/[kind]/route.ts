import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { kindRead } from "@/app/_lib/sandbox/http/route-kit";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";
import { readSession } from "@/app/_lib/sandbox/http/read-session";

/**
 * Read the session of one kind. The three known kinds have static routes next to this folder
 * (sealed/, server/, jwt/), which Next prefers; a request that lands here names an unknown kind
 * and gets the explained 404.
 */
export const GET = kindRead(readSession);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.read.path));
