import { endpoints, methodsAt } from "@/app/_lib/sandbox/endpoints";
import { kindMutation } from "@/app/_lib/sandbox/http/route-kit";
import { replayServer } from "@/app/_lib/sandbox/kinds/server-service";
import { replayToken } from "@/app/_lib/sandbox/kinds/token-service";
import { methodNotAllowedHandlers } from "@/app/_lib/sandbox/http/responses";

/** Replay the pre-logout copy, with or without the revocation check. */
export const POST = kindMutation(endpoints.replay, {
  token: (deps, ctx, body) => replayToken(deps, ctx, body.revocationCheck),
  server: (deps, ctx, body) => replayServer(deps, ctx, body.revocationCheck),
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowedHandlers(methodsAt(endpoints.replay.path));
