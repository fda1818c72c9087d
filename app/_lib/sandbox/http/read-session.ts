import "server-only";
import { readServer } from "../kinds/server-service";
import { readToken } from "../kinds/token-service";

/** What GET /api/sandbox/{kind} does for each family of kinds: the view with wire, size, inspection and status. */
export const readSession = {
  token: readToken,
  server: readServer,
};
