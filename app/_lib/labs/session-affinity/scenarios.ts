/**
 * Two small scenarios the lab plays through request by request:
 * - two balancers in a chain, each sticking with a cookie, under one cookie name or under two;
 * - a shared cache in front of HAProxy's inserted cookie, with and without `nocache`.
 * Both reuse the HAProxy cookie logic from haproxy.ts; a chained balancer picks in turn (round robin,
 * the AWS ALB default) when it has no usable cookie.
 */
import { parseIpv4 } from "./addresses";
import { createBackend, haproxyThinksCacheable, routeWithCookie } from "./haproxy";

export type ChainStep = { request: number; outer: string; inner: string; outerMoved: boolean; innerMoved: boolean; cookies: string };
export type ChainResult = { steps: ChainStep[]; outerMoves: number; innerMoves: number };

/**
 * One browser sends `requests` requests through an outer and an inner balancer. With one shared cookie
 * name (AWSALB on both, duration-based stickiness) the browser keeps one cookie of that name (RFC 6265
 * §5.3 step 11 replaces a cookie with the same name, domain and path), so each layer keeps reading the
 * other's value. With a cookie per layer (application-based stickiness with its own name) both stay put.
 */
export function chainedBalancers(sameName: boolean, requests = 6, targets = 3): ChainResult {
  const jar = new Map<string, string>();
  const outerName = "AWSALB";
  const innerName = sameName ? "AWSALB" : "AWSALBAPP";
  const cursor = { outer: 0, inner: 0 };
  const layer = (which: "outer" | "inner", name: string) => {
    const prefix = which === "outer" ? "o" : "i";
    const held = jar.get(name);
    const valid = held?.startsWith(prefix) && Number(held.slice(1)) < targets;
    if (valid) return { target: held!, setCookie: null as string | null };
    const target = `${prefix}${cursor[which]++ % targets}`;
    return { target, setCookie: target };
  };
  const steps: ChainStep[] = [];
  let last: { outer: string; inner: string } | null = null;
  let outerMoves = 0;
  let innerMoves = 0;
  for (let request = 1; request <= requests; request++) {
    const outer = layer("outer", outerName);
    const inner = layer("inner", innerName);
    // The response passes the inner balancer first, then the outer: the browser applies Set-Cookie in that order.
    if (inner.setCookie) jar.set(innerName, inner.setCookie);
    if (outer.setCookie) jar.set(outerName, outer.setCookie);
    const outerMoved = last !== null && last.outer !== outer.target;
    const innerMoved = last !== null && last.inner !== inner.target;
    if (outerMoved) outerMoves++;
    if (innerMoved) innerMoves++;
    last = { outer: outer.target, inner: inner.target };
    steps.push({ request, outer: outer.target, inner: inner.target, outerMoved, innerMoved, cookies: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") });
  }
  return { steps, outerMoves, innerMoves };
}

export type CacheResult = { byServer: Record<string, number>; cacheHits: number; clients: number; cacheControl: string };

/**
 * `clients` browsers fetch the same page through a shared cache in front of HAProxy
 * (`cookie SRV insert indirect` with or without `nocache`, `balance source`). The page says
 * `Cache-Control: max-age=60`. A shared cache must not store a `private` response (RFC 9111 §5.2.2.7);
 * otherwise it stores the first answer, Set-Cookie included, and replays it to everyone.
 */
export function sharedCache(nocache: boolean, clients = 12, servers = 3): CacheResult {
  const backend = createBackend(Array.from({ length: servers }, (_, i) => ({ name: `s${i + 1}`, cookie: `s${i + 1}`, weight: 1, disabled: false })));
  const response = { cacheControl: "max-age=60" };
  let stored: { server: string; setCookie: string | null } | null = null;
  let cacheHits = 0;
  let cacheControl = response.cacheControl;
  const byServer: Record<string, number> = {};
  for (let c = 0; c < clients; c++) {
    let pinned: string;
    if (stored) {
      cacheHits++;
      pinned = /^SRV=([^;]*)/.exec(stored.setCookie ?? "")?.[1] ?? stored.server;
    } else {
      const outcome = routeWithCookie(backend, parseIpv4(`198.51.100.${c + 1}`)!, null, { nocache, response });
      const server = backend.servers[outcome.server]!.name;
      cacheControl = [response.cacheControl, outcome.cacheControl].filter(Boolean).join(", ");
      const cacheable = haproxyThinksCacheable({ cacheControl });
      if (cacheable) stored = { server, setCookie: outcome.setCookie };
      pinned = server;
    }
    byServer[pinned] = (byServer[pinned] ?? 0) + 1;
  }
  return { byServer, cacheHits, clients, cacheControl };
}
