import "server-only";
import { putServer, removeServer } from "../kinds/server-service";
import { putToken, removeToken } from "../kinds/token-service";
import type { z } from "zod";
import type { putDataRequestSchema, removeDataRequestSchema } from "../contract";
import type { KindActions } from "./route-kit";

/** Put one key/value into the session: what POST /api/sandbox/{kind}/data does for each kind. */
export const putDataActions: KindActions<z.output<typeof putDataRequestSchema>> = {
  token: (deps, ctx, body) => putToken(deps, ctx, body.key, body.value),
  server: (deps, ctx, body) => putServer(deps, ctx, body.key, body.value),
};

/** Remove one key from the session: DELETE /api/sandbox/{kind}/data. */
export const removeDataActions: KindActions<z.output<typeof removeDataRequestSchema>> = {
  token: (deps, ctx, body) => removeToken(deps, ctx, body.key),
  server: (deps, ctx, body) => removeServer(deps, ctx, body.key),
};
