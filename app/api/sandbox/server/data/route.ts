import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { putDataActions, removeDataActions } from "@/app/_lib/sandbox/http/data-actions";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";
import { fixedKindMutation } from "@/app/_lib/sandbox/http/route-kit";

/** Put or remove one key of the server session: a static route, so every write skips dynamic matching. */
export const POST = fixedKindMutation("server", endpoints.putData, putDataActions);

export const DELETE = fixedKindMutation("server", endpoints.removeData, removeDataActions);

export const { GET, PUT, PATCH, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.putData.path));
