/**
 * HAProxy's map-based `balance source` and its inserted persistence cookie, transcribed from HAProxy 2.6
 * (Debian 12 ships 2.6.12): recalc_server_map() and map_get_server_hash() in src/lb_map.c,
 * get_server_sh() in src/backend.c, and the cookie handling in src/http_ana.c
 * (http_manage_client_side_cookies, http_process_res_common: Set-Cookie and "Cache-control: private";
 * http_check_response_for_cacheability with commit 879debeec, "BUG/MINOR: cache: Cache response even if
 * request has no-cache directive", which 2.6.12 carries: a response with neither an expiry nor a validator
 * is not cacheable, so `nocache` leaves it alone).
 */
import type { ParsedAddress } from "./addresses";

export type HaproxyServer = { name: string; /** the `cookie` value on the server line */ cookie: string; weight: number; disabled: boolean };

export type HaproxyBackend = { servers: readonly HaproxyServer[]; map: number[]; totWeight: number; totUsed: number };

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** init_server_map + recount_servers + update_backend_weight + recalc_server_map (no backup servers). */
export function createBackend(servers: readonly HaproxyServer[]): HaproxyBackend {
  // The weights are divided by their greatest common divisor, taken over every server, usable or not.
  const nonZero = servers.filter((s) => s.weight > 0).map((s) => s.weight);
  const divisor = nonZero.length ? nonZero.reduce(gcd) : 1;
  const eweight = servers.map((s) => Math.trunc((s.weight + divisor - 1) / divisor));
  const usable = servers.map((s) => !s.disabled && s.weight > 0);
  let tot = 0;
  let used = 0;
  servers.forEach((_, i) => {
    if (usable[i]) {
      tot += eweight[i]!;
      used++;
    }
  });
  const map: number[] = new Array(tot);
  const wscore = servers.map(() => 0);
  for (let o = 0; o < tot; o++) {
    let best = -1;
    let max = 0;
    for (let i = 0; i < servers.length; i++) {
      if (!usable[i]) continue;
      if (tot === 1) {
        best = i;
        break;
      }
      wscore[i]! += eweight[i]!;
      const v = Math.trunc((wscore[i]! + tot) / tot);
      if (best === -1 || v > max) {
        max = v;
        best = i;
      }
    }
    map[o] = best;
    if (best !== -1) wscore[best]! -= tot;
  }
  return { servers, map, totWeight: tot, totUsed: used };
}

/** get_server_sh: the address's 32-bit words XORed (one word for IPv4), no avalanche by default. */
export function sourceHash(address: ParsedAddress): number {
  let h = 0;
  for (let l = 0; l + 4 <= address.bytes.length; l += 4) {
    const b = address.bytes;
    h = (h ^ ((b[l]! << 24) | (b[l + 1]! << 16) | (b[l + 2]! << 8) | b[l + 3]!)) >>> 0;
  }
  return h;
}

/** `balance source`: the server index, or -1 when none is usable (HAProxy answers 503). */
export function pickSource(backend: HaproxyBackend, address: ParsedAddress): number {
  if (backend.totWeight === 0) return -1;
  const h = backend.totUsed === 1 ? 0 : sourceHash(address);
  return backend.map[h % backend.totWeight]!;
}

/** The response headers from the server that decide whether HAProxy thinks the response is cacheable. */
export type ServerResponse = { cacheControl?: string; expires?: boolean; etag?: boolean; lastModified?: boolean };

/** http_check_response_for_cacheability for a 200 answer to a GET (TX_CACHEABLE at the end). */
export function haproxyThinksCacheable(response: ServerResponse): boolean {
  let cacheable = true;
  let fresh = false;
  for (const raw of (response.cacheControl ?? "").split(",")) {
    const value = raw.trim().toLowerCase();
    if (!value) continue;
    if (value === "public") cacheable = true;
    else if (["private", "no-cache", "no-store", "max-age=0", "s-maxage=0"].includes(value)) cacheable = false;
    else if (value.startsWith("no-cache=\"set-cookie")) continue;
    else if (value.startsWith("s-maxage") || value.startsWith("max-age")) fresh = true;
  }
  if (!fresh) fresh = response.expires === true;
  const validator = !fresh && (response.etag === true || response.lastModified === true);
  return cacheable && (fresh || validator);
}

export type CookieOutcome = {
  /** server index, or -1: no server (503) */
  server: number;
  /** true when the cookie named a usable server and HAProxy went straight there */
  direct: boolean;
  /** why the cookie was not used, when the client sent one */
  cookieState: "none" | "valid" | "down" | "unknown";
  setCookie: string | null;
  cacheControl: string | null;
};

/**
 * `cookie SRV insert indirect nocache` with `balance source`, for a GET answered 200. `nocache` adds
 * "Cache-control: private" when a Set-Cookie is inserted into a response HAProxy thinks is cacheable;
 * without it a shared cache could store the cookie-bearing response and hand it to other clients.
 */
export function routeWithCookie(
  backend: HaproxyBackend,
  address: ParsedAddress,
  cookie: string | null,
  options: { cookieName?: string; nocache?: boolean; response?: ServerResponse } = {},
): CookieOutcome {
  const name = options.cookieName ?? "SRV";
  const nocache = options.nocache ?? true;
  let cookieState: CookieOutcome["cookieState"] = cookie === null ? "none" : "unknown";
  let server = -1;
  if (cookie) {
    for (let i = 0; i < backend.servers.length; i++) {
      const s = backend.servers[i]!;
      if (s.cookie !== cookie) continue;
      if (!s.disabled) {
        server = i;
        cookieState = "valid";
        break;
      }
      cookieState = "down";
    }
  }
  const direct = server !== -1;
  if (!direct) server = pickSource(backend, address);
  if (server === -1) return { server, direct, cookieState, setCookie: null, cacheControl: null };
  const setCookie = direct ? null : `${name}=${backend.servers[server]!.cookie}; path=/`;
  return { server, direct, cookieState, setCookie, cacheControl: setCookie && nocache && haproxyThinksCacheable(options.response ?? {}) ? "private" : null };
}
