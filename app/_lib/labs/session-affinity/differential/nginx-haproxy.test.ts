/**
 * The faithfulness test: the model against the real nginx and HAProxy Debian ships, request by request.
 * Upstreams are tiny HTTP servers in this process; clients are loopback source addresses (all of
 * 127.0.0.0/8 is local, so a socket can bind to 127.x.y.z). Between phases, upstreams are marked down,
 * revived, removed and added; a down or removed upstream's server is stopped too, so a balancer that sent
 * a request there would answer 502/503 and the comparison would fail.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseIpv4, type ParsedAddress } from "../addresses";
import { createBackend, pickSource, routeWithCookie } from "../haproxy";
import { createUpstream, pickConsistent, pickIpHash, pickRoundRobin, type NginxUpstream } from "../nginx";
import { CHECKED_AGAINST } from "../versions";
import { haproxyConfig, nginxConfig, type Upstream } from "./configs";
import { CACHE_HEADERS, freePort, get, startBalancer, startUpstream, stopServer, type Balancer } from "./processes";

const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";
const HAPROXY = process.env.HAPROXY_BIN ?? "/usr/sbin/haproxy";

type Phase = { name: string; servers: { id: string; weight?: number; down?: boolean }[] };
const PHASES: Phase[] = [
  { name: "four servers up", servers: [{ id: "s1" }, { id: "s2" }, { id: "s3" }, { id: "s4" }] },
  { name: "s2 marked down", servers: [{ id: "s1" }, { id: "s2", down: true }, { id: "s3" }, { id: "s4" }] },
  { name: "s2 and s3 down", servers: [{ id: "s1" }, { id: "s2", down: true }, { id: "s3", down: true }, { id: "s4" }] },
  { name: "s2 revived, s3 still down", servers: [{ id: "s1" }, { id: "s2" }, { id: "s3", down: true }, { id: "s4" }] },
  { name: "s4 removed", servers: [{ id: "s1" }, { id: "s2" }, { id: "s3" }] },
  { name: "s5 added", servers: [{ id: "s1" }, { id: "s2" }, { id: "s3" }, { id: "s4" }, { id: "s5" }] },
  { name: "weighted, s4 down", servers: [{ id: "s1", weight: 2 }, { id: "s2" }, { id: "s3", weight: 3 }, { id: "s4", down: true }] },
];

/** 120 addresses spread over 127.0.0.0/8 and 30 behind one /24 (a NAT pool), from a fixed seed. */
function clientAddresses(): ParsedAddress[] {
  let seed = 0x5eed;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 8;
  };
  const seen = new Set<string>();
  const out: ParsedAddress[] = [];
  while (out.length < 120) {
    const text = `127.${next() % 256}.${next() % 256}.${1 + (next() % 254)}`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(parseIpv4(text)!);
  }
  for (let i = 1; i <= 30; i++) out.push(parseIpv4(`127.77.7.${i * 8}`)!);
  return out;
}

const started: Balancer[] = [];
const upstreamServers = new Map<string, Server>();
let workDir = "";

afterAll(async () => {
  await Promise.all(started.map((b) => b.stop()));
  await Promise.all([...upstreamServers.values()].map(stopServer));
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe(`the model against ${CHECKED_AGAINST.nginx} and ${CHECKED_AGAINST.haproxy}`, () => {
  it("predicts every request's upstream, Set-Cookie and Cache-Control", { timeout: 300_000 }, async () => {
    // The versions the model names are the versions on this machine; another version must be checked anew.
    const versions = (command: string, flag: string) => {
      const run = spawnSync(command, [flag], { encoding: "utf8" });
      if (run.error) throw new Error(`${command} ${flag} failed: ${run.error.message}. Run .ci/setup-test-machine.sh.`);
      return run.stdout + run.stderr;
    };
    expect(versions(NGINX, "-v")).toContain(`nginx/${CHECKED_AGAINST.nginxVersion}`);
    expect(versions(HAPROXY, "-v")).toContain(`HAProxy version ${CHECKED_AGAINST.haproxyVersion}`);

    workDir = mkdtempSync(path.join(tmpdir(), "affinity-diff-"));
    const ids = ["s1", "s2", "s3", "s4", "s5"];
    const ports = new Map<string, number>();
    for (const id of ids) ports.set(id, await freePort());
    const nginxPort = await freePort();
    const haPorts = { source: await freePort(), cookie: await freePort(), cookieCacheable: await freePort() };
    const clients = clientAddresses();
    const jars = { cookie: new Map<string, string>(), cookieCacheable: new Map<string, string>() };
    const mismatches: string[] = [];
    let compared = 0;
    const check = (what: string, actual: unknown, expected: unknown) => {
      compared++;
      if (JSON.stringify(actual) !== JSON.stringify(expected) && mismatches.length < 20) {
        mismatches.push(`${what}: real ${JSON.stringify(actual)}, model ${JSON.stringify(expected)}`);
      }
    };

    for (const [phaseIndex, phase] of PHASES.entries()) {
      const upstreams: Upstream[] = phase.servers.map((s) => ({ id: s.id, port: ports.get(s.id)!, weight: s.weight ?? 1, down: s.down ?? false }));
      // Exactly the live upstreams answer; the rest are stopped.
      for (const id of ids) {
        const live = upstreams.some((u) => u.id === id && !u.down);
        const running = upstreamServers.get(id);
        if (live && !running) upstreamServers.set(id, await startUpstream(id, ports.get(id)!));
        if (!live && running) {
          await stopServer(running);
          upstreamServers.delete(id);
        }
      }

      const dir = path.join(workDir, `phase-${phaseIndex}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, nginxPort, upstreams));
      writeFileSync(path.join(dir, "haproxy.cfg"), haproxyConfig(haPorts, upstreams));
      const nginx = await startBalancer(NGINX, ["-p", dir, "-e", path.join(dir, "error.log"), "-c", path.join(dir, "nginx.conf")], [nginxPort], path.join(dir, "error.log"));
      started.push(nginx);
      const haproxy = await startBalancer(HAPROXY, ["-db", "-f", path.join(dir, "haproxy.cfg")], Object.values(haPorts));
      started.push(haproxy);

      // The model: a fresh nginx worker per start, one upstream object per upstream block.
      const nginxServers = upstreams.map((u) => ({ name: `127.0.0.1:${u.port}`, weight: u.weight, down: u.down }));
      const models: Record<string, { upstream: NginxUpstream; pick: (u: NginxUpstream, a: ParsedAddress) => number }> = {
        "/round-robin": { upstream: createUpstream(nginxServers), pick: (u) => pickRoundRobin(u) },
        "/ip-hash": { upstream: createUpstream(nginxServers), pick: pickIpHash },
        "/consistent": { upstream: createUpstream(nginxServers), pick: (u, a) => pickConsistent(u, a.text) },
      };
      const backend = createBackend(upstreams.map((u) => ({ name: u.id, cookie: u.id, weight: u.weight, disabled: u.down })));
      const idOf = (index: number) => (index === -1 ? "none" : upstreams[index]!.id);

      for (let round = 0; round < 2; round++) {
        for (const [clientIndex, client] of clients.entries()) {
          const where = `${phase.name}, round ${round + 1}, ${client.text}`;
          for (const [route, model] of Object.entries(models)) {
            const answer = await get(nginxPort, route, client.text);
            check(`nginx ${route} ${where}`, answer.status === 200 ? answer.body : answer.status, idOf(model.pick(model.upstream, client)));
          }
          const source = await get(haPorts.source, "/", client.text);
          check(`haproxy balance source ${where}`, source.status === 200 ? source.body : source.status, idOf(pickSource(backend, client)));
          for (const kind of ["cookie", "cookieCacheable"] as const) {
            const jar = jars[kind];
            const sent = jar.get(client.text) ?? null;
            const cachePath = Object.keys(CACHE_HEADERS)[(clientIndex + round + phaseIndex) % 5]!;
            const headers = CACHE_HEADERS[cachePath]!;
            const answer = await get(haPorts[kind], cachePath, client.text, sent === null ? undefined : `SRV=${sent}`);
            const response = { cacheControl: headers["cache-control"], etag: "etag" in headers };
            const predicted = routeWithCookie(backend, client, sent, { nocache: kind === "cookie", response });
            const expectedCacheControl = [headers["cache-control"], predicted.cacheControl].filter(Boolean).join(", ") || null;
            const rawSetCookie = answer.headers["set-cookie"];
            const setCookie = rawSetCookie === undefined ? null : [rawSetCookie].flat().join("\n");
            const cacheControl = (answer.headers["cache-control"] as string | undefined) ?? null;
            check(
              `haproxy ${kind} ${cachePath} ${where} (sent SRV=${sent})`,
              { server: answer.status === 200 ? answer.body : answer.status, setCookie, cacheControl, sawSrv: answer.headers["x-saw-srv"] },
              { server: idOf(predicted.server), setCookie: predicted.setCookie, cacheControl: expectedCacheControl, sawSrv: "no" },
            );
            const value = /^SRV=([^;]*)/.exec(setCookie ?? "")?.[1];
            if (value !== undefined) jar.set(client.text, value);
          }
        }
      }
      await nginx.stop();
      await haproxy.stop();
    }
    console.log(`session-affinity differential: ${compared} requests compared against ${CHECKED_AGAINST.nginx} and ${CHECKED_AGAINST.haproxy}, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
    expect(compared).toBe(PHASES.length * 2 * clients.length * 6);
  });
});
