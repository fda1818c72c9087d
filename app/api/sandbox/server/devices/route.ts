import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { mutation, serverDeps } from "@/app/_lib/sandbox/http/route-kit";
import { devicesStep } from "@/app/_lib/sandbox/labs/devices-lab";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** The "your sessions" lab: other devices, and signing out everywhere else. */
export const POST = mutation(endpoints.devices, (ctx, body) => devicesStep(serverDeps(), ctx, body));

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.devices.path));
