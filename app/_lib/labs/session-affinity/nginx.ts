/**
 * nginx's upstream balancers, transcribed from the nginx 1.22.1 source (the version Debian 12 ships):
 * - round robin: ngx_http_upstream_get_peer() in src/http/ngx_http_upstream_round_robin.c (smooth weighted);
 * - ip_hash: src/http/modules/ngx_http_upstream_ip_hash_module.c;
 * - hash KEY and hash KEY consistent: src/http/modules/ngx_http_upstream_hash_module.c.
 * Only the `down` flag and weights are modelled; passive failures (max_fails) and max_conns are not.
 * One upstream object is one nginx worker's view: the round-robin weights it keeps change with every request.
 */
import type { ParsedAddress } from "./addresses";
import { asciiBytes, crc32, crc32Final, crc32Update, crc32UpdateText, CRC32_INIT } from "./crc32";

export type NginxServer = { /** as written after `server`, e.g. "10.0.0.1:8080" */ name: string; weight: number; down: boolean };

type Point = { hash: number; server: string };

export type NginxUpstream = {
  servers: readonly NginxServer[];
  totalWeight: number;
  /** peer->current_weight and peer->effective_weight, per server in configuration order. */
  current: number[];
  effective: number[];
  /** The consistent-hash ring, built on first use (as init_chash does at configuration time). */
  points: Point[] | null;
};

/** A freshly configured upstream: what nginx has after a start or a reload. */
export function createUpstream(servers: readonly NginxServer[]): NginxUpstream {
  return {
    servers,
    totalWeight: servers.reduce((sum, s) => sum + s.weight, 0),
    current: servers.map(() => 0),
    effective: servers.map((s) => s.weight),
    points: null,
  };
}

/** No server can take the request: nginx answers 502. */
export const NO_SERVER = -1;

/** ngx_http_upstream_get_round_robin_peer, first attempt of a request. */
export function pickRoundRobin(u: NginxUpstream): number {
  const { servers } = u;
  if (servers.length === 1) return servers[0]!.down ? NO_SERVER : 0;
  let best = NO_SERVER;
  let total = 0;
  for (let i = 0; i < servers.length; i++) {
    const s = servers[i]!;
    if (s.down) continue;
    u.current[i]! += u.effective[i]!;
    total += u.effective[i]!;
    if (u.effective[i]! < s.weight) u.effective[i]!++;
    if (best === NO_SERVER || u.current[i]! > u.current[best]!) best = i;
  }
  if (best !== NO_SERVER) u.current[best]! -= total;
  return best;
}

/** Walks the servers by weight, as ip_hash and hash do: `w = hash % total_weight`, down servers included. */
function byWeight(u: NginxUpstream, hash: number): number {
  let w = hash % u.totalWeight;
  let p = 0;
  while (w >= u.servers[p]!.weight) {
    w -= u.servers[p]!.weight;
    p++;
  }
  return p;
}

/** How many hash attempts nginx makes before it falls back to round robin. */
export const HASH_TRIES = 20;

/** ngx_http_upstream_get_ip_hash_peer: the first 3 octets of an IPv4 address, all 16 bytes of IPv6. */
export function pickIpHash(u: NginxUpstream, address: ParsedAddress): number {
  if (u.servers.length === 1) return pickRoundRobin(u);
  const key = address.family === 4 ? address.bytes.slice(0, 3) : address.bytes;
  let hash = 89;
  for (let tries = 0; ; ) {
    for (const byte of key) hash = (hash * 113 + byte) % 6271;
    const p = byWeight(u, hash);
    if (!u.servers[p]!.down) return p;
    if (++tries > HASH_TRIES) return pickRoundRobin(u);
  }
}

/** The first octets ip_hash reads: "a.b.c" for IPv4, the whole address for IPv6. */
export const ipHashKey = (address: ParsedAddress): string => (address.family === 4 ? address.bytes.slice(0, 3).join(".") : address.text);

/** ngx_http_upstream_get_hash_peer (`hash KEY` without `consistent`), Cache::Memcached-compatible. */
export function pickHash(u: NginxUpstream, key: string): number {
  if (u.servers.length === 1 || key.length === 0) return pickRoundRobin(u);
  let sum = 0;
  for (let rehash = 0, tries = 0; ; ) {
    let crc = CRC32_INIT;
    if (rehash > 0) crc = crc32UpdateText(crc, String(rehash));
    crc = crc32Final(crc32UpdateText(crc, key));
    sum = (sum + ((crc >>> 16) & 0x7fff)) >>> 0;
    rehash++;
    const p = byWeight(u, sum);
    if (!u.servers[p]!.down) return p;
    if (++tries > HASH_TRIES) return pickRoundRobin(u);
  }
}

/** Splits "host:port" the way init_chash does: the port is the run of digits after the last colon. */
function hostAndPort(name: string): [string, string] {
  if (name.length >= 5 && name.slice(0, 5).toLowerCase() === "unix:") return [name.slice(5), ""];
  for (let j = 0; j < name.length; j++) {
    const c = name[name.length - j - 1]!;
    if (c === ":") return [name.slice(0, name.length - j - 1), name.slice(name.length - j)];
    if (c < "0" || c > "9") break;
  }
  return [name, ""];
}

/** ngx_http_upstream_init_chash: 160 points per unit of weight, crc32(HOST \0 PORT PREV_HASH). */
export function buildPoints(servers: readonly NginxServer[]): Point[] {
  const points: Point[] = [];
  const prev = new Uint8Array(4);
  for (const server of servers) {
    const [host, port] = hostAndPort(server.name);
    let base = crc32Update(CRC32_INIT, asciiBytes(host));
    base = crc32Update(base, [0]);
    base = crc32Update(base, asciiBytes(port));
    prev.fill(0);
    for (let j = 0; j < server.weight * 160; j++) {
      const hash = crc32Final(crc32Update(base, prev));
      points.push({ hash, server: server.name });
      // Little-endian, as on the x86 and arm64 machines nginx runs on here.
      prev[0] = hash & 0xff;
      prev[1] = (hash >>> 8) & 0xff;
      prev[2] = (hash >>> 16) & 0xff;
      prev[3] = hash >>> 24;
    }
  }
  points.sort((a, b) => a.hash - b.hash);
  // Equal hashes keep one point, as the loop after ngx_qsort does.
  return points.filter((point, i) => i === 0 || point.hash !== points[i - 1]!.hash);
}

/** ngx_http_upstream_find_chash_point: index of the first point >= hash (may equal points.length). */
function findPoint(points: Point[], hash: number): number {
  let i = 0;
  let j = points.length;
  while (i < j) {
    const k = (i + j) >>> 1;
    if (hash > points[k]!.hash) i = k + 1;
    else if (hash < points[k]!.hash) j = k;
    else return k;
  }
  return i;
}

/** ngx_http_upstream_get_chash_peer (`hash KEY consistent`, ketama). */
export function pickConsistent(u: NginxUpstream, key: string): number {
  if (u.servers.length === 1 || key.length === 0) return pickRoundRobin(u);
  const points = (u.points ??= buildPoints(u.servers));
  let at = findPoint(points, crc32(key));
  for (let tries = 0; ; ) {
    const server = points[at % points.length]!.server;
    let best = NO_SERVER;
    let total = 0;
    for (let i = 0; i < u.servers.length; i++) {
      const s = u.servers[i]!;
      if (s.down || s.name !== server) continue;
      u.current[i]! += u.effective[i]!;
      total += u.effective[i]!;
      if (u.effective[i]! < s.weight) u.effective[i]!++;
      if (best === NO_SERVER || u.current[i]! > u.current[best]!) best = i;
    }
    if (best !== NO_SERVER) {
      u.current[best]! -= total;
      return best;
    }
    at++;
    if (++tries > HASH_TRIES) return pickRoundRobin(u);
  }
}
