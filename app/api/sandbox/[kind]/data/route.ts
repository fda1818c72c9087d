import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { putDataActions, removeDataActions } from "@/app/_lib/sandbox/http/data-actions";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";
import { kindMutation } from "@/app/_lib/sandbox/http/route-kit";

/**
 * Put or remove one key of the session. The three known kinds have static routes (sealed/data/ and its
 * siblings), which Next prefers; a request that lands here names an unknown kind and gets the explained 404.
 */
export const POST = kindMutation(endpoints.putData, putDataActions);

export const DELETE = kindMutation(endpoints.removeData, removeDataActions);

export const { GET, PUT, PATCH, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.putData.path));
