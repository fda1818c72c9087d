import { Server } from "node:http";
import { KNOWN_METHODS } from "./request-gate";

/** Methods the Fetch standard forbids: Next cannot even build a Request for them, and answers 500. */
export const FETCH_FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);

let installed = false;

/**
 * Answers TRACE, TRACK and CONNECT with 405 before Next sees them. Next turns every request into a Fetch
 * `Request`, whose constructor throws for these methods, so neither proxy.ts nor a route can catch them:
 * the only place left is the HTTP server's own "request" event. Installed once, at start-up.
 */
export function refuseFetchForbiddenMethods(): void {
  if (installed) return;
  installed = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [{ method?: string }, import("node:http").ServerResponse];
      if (FETCH_FORBIDDEN_METHODS.has((request.method ?? "").toUpperCase())) {
        response.writeHead(405, { Allow: KNOWN_METHODS.join(", "), "Content-Type": "application/json", "Cache-Control": "no-store" });
        response.end(JSON.stringify({ error: `The method ${request.method} is not used by this site.` }));
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>);
  } as typeof emit;
}
