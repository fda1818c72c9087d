import { Server, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { SECURITY_HEADERS } from "./content-security-policy";
import { gateRefusal, type GateRequest } from "./request-gate";
import { expectedOrigin, type HeaderReader, type OriginSettings } from "./same-origin";

/** Node's raw headers (lower-case names; a repeated header is an array, joined as Fetch joins it). */
function rawHeaderReader(headers: IncomingHttpHeaders): HeaderReader {
  const get = (name: string): string | null => {
    const value = headers[name];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  return { get, has: (name) => headers[name] !== undefined };
}

/** The request as the gate reads it, straight off Node's IncomingMessage: no URL or Headers object is built. */
export function gateRequestOf(request: IncomingMessage, settings: OriginSettings): GateRequest {
  const url = request.url ?? "/";
  const query = url.search(/[?#]/);
  const headers = rawHeaderReader(request.headers);
  const scheme = (request.socket as Partial<TLSSocket>).encrypted ? "https" : "http";
  return {
    method: request.method ?? "",
    rawPath: query === -1 ? url : url.slice(0, query),
    headers,
    siteOrigin: () => expectedOrigin(headers, scheme, settings),
  };
}

/** The headers next.config.mjs gives every response, which a refusal made here would otherwise lack. */
const SITE_HEADERS = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));

let installed = false;

/**
 * Applies the request gate (request-gate.ts) to every request at the HTTP server's own "request" event,
 * before Next sees it. Two reasons it lives here and not in proxy.ts:
 * - TRACE never reaches a proxy or a route: Next turns every request into a Fetch `Request`, whose
 *   constructor throws for it, and answers 500 (TRACK and CONNECT get no further than Node, whose parser
 *   answers TRACK with 400 and which closes a CONNECT when nothing listens for one);
 * - a proxy costs every request Next's middleware adapter, about a quarter of a sandbox request's
 *   throughput (bench/FINDINGS.md, "The request gate moved out of proxy.ts"). This costs a few string checks.
 * Installed once, at start-up (instrumentation.ts). `next start` listens before it loads instrumentation, so a
 * request that arrives in those first few hundred milliseconds reaches Next ungated: it can get the framework's
 * 500 for these inputs, nothing worse (Next still checks a Server Action's Origin against its Host itself).
 */
export function installRequestGate(settings: OriginSettings): void {
  if (installed) return;
  installed = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      const refusal = gateRefusal(gateRequestOf(request, settings));
      if (refusal) {
        const body = JSON.stringify({ error: refusal.message });
        response.writeHead(refusal.status, {
          ...SITE_HEADERS,
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(body),
          "Cache-Control": "no-store",
          ...refusal.headers,
        });
        response.end(body); // Node itself sends no body in answer to HEAD
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>);
  } as typeof emit;
}
