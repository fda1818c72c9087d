/**
 * `npm run bench:attack`: re-runs the reliability and security checks of issue 8 against the production
 * build (`next build` first) and prints the figures the issue asks for. Loopback only, bounded loops, every
 * server it starts is stopped. It measures; the assertions live in the test suites.
 *
 *  1. bad inputs: malformed methods, paths, headers and bodies; counts answers by status class (goal: no 5xx)
 *  2. lost updates: 30 trials of 8 parallel puts to one Redis-backed session (goal: no key lost)
 *  3. Redis hanging (a port that accepts and never answers), under load: time to each 503 (goal: under 1.5 s)
 *  4. forged X-Forwarded-For: writes accepted in 10 s from one client naming a new address each time
 *     (goal: the configured limit, 120 at once plus 10 a second)
 */
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startNext, type Running } from "./lib/next-server";
import { median } from "./lib/stats";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const secret = randomBytes(32).toString("base64url");

async function server(env: Record<string, string>): Promise<Running & { dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "attack-"));
  const port = await freePort(3400);
  const running = await startNext(distDir, port, { ...process.env, NODE_ENV: "production", SESSION_SECRET: secret, DATA_DIR: dir, ...env });
  return { ...running, dir };
}

async function send(url: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<{ status: number; ms: number; setCookie: string[] }> {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual", ...init });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, setCookie: response.headers.getSetCookie() };
}

/** Raw HTTP for what fetch would refuse or normalise (TRACE, bad percent-encoding). */
function raw(port: number, request: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let data = "";
    socket.connect(port, "127.0.0.1", () => socket.write(request));
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on("error", () => resolve(0));
    socket.setTimeout(10_000, () => socket.destroy());
  });
}

async function badInputs(): Promise<string> {
  const s = await server({});
  const origin = s.url;
  const json = (body: string, extra: Record<string, string> = {}) => ({ method: "POST", headers: { origin, "content-type": "application/json", ...extra }, body });
  const statuses: number[] = [];
  try {
    for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "FOO"]) {
      for (const p of ["/", "/lessons/session", "/api/sandbox/sealed", "/sandbox"]) statuses.push(await raw(s.port, `${method} ${p} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    }
    for (const p of ["/lessons/%", "/glossary/%", "/api/sandbox/%E0%A4%A", "/sandbox/%zz", "/%", "/api/sandbox/sealed/%C3"]) {
      statuses.push(await raw(s.port, `GET ${p} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    }
    for (const from of ["http://evil.example", origin]) {
      const body = "[]";
      statuses.push(await raw(s.port, `POST /lessons/session HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nOrigin: ${from}\r\nNext-Action: ${"0".repeat(40)}\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`));
    }
    const bodies = ["", "{", "null", "[]", '{"name":""}', `{"name":"${"x".repeat(5000)}"}`, '{"name":1}', '{"name":"a","extra":1}', "\u0000", '{"name":"\\ud800"}'];
    for (const kind of ["sealed", "server", "jwt", "nope"]) {
      for (const body of bodies) statuses.push((await send(`${s.url}/api/sandbox/${kind}/login`, json(body))).status);
      statuses.push((await send(`${s.url}/api/sandbox/${kind}/data`, json('{"key":"__proto__","value":"x"}'))).status);
      for (const cookie of ["x", "=;=", "a".repeat(5000), "Fe26.2*1*a*b*c*d*e*f~2", "e30.e30.", "%ff%fe"]) {
        statuses.push((await send(`${s.url}/api/sandbox/${kind}`, { headers: { cookie: `__Host-sbx-${kind === "server" ? "sid" : kind}=${cookie}` } })).status);
      }
      statuses.push((await send(`${s.url}/api/sandbox/${kind}/login`, json('{"name":"a"}', { "content-type": "text/plain" }))).status);
      statuses.push((await send(`${s.url}/api/sandbox/${kind}/login`, { method: "POST", headers: { "content-type": "application/json", origin: "http://evil.example" }, body: '{"name":"a"}' })).status);
    }
    for (const p of ["/api/progress/session", "/api/progress/nope", "/api/sandbox/lb/request", "/api/sandbox/server/fixation"]) {
      for (const body of ["", "{", '{"client":"nobody"}', "a=b"]) statuses.push((await send(`${s.url}${p}`, json(body))).status);
    }
  } finally {
    await s.stop();
    rmSync(s.dir, { recursive: true, force: true });
  }
  const byClass = (c: number) => statuses.filter((st) => Math.floor(st / 100) === c).length;
  const errors = statuses.filter((st) => st === 0).length;
  return `bad inputs: ${statuses.length} tried; 2xx ${byClass(2)}, 3xx ${byClass(3)}, 4xx ${byClass(4)}, 5xx ${byClass(5)}${errors ? `, ${errors} without an answer` : ""}`;
}

async function lostUpdates(): Promise<string> {
  const s = await server({ REDIS_URL, REDIS_PREFIX: `attack-${randomBytes(3).toString("hex")}:`, SANDBOX_RATE_LIMIT: "off" });
  let lost = 0;
  let refusedOrFailed = 0;
  try {
    for (let trial = 0; trial < 30; trial++) {
      const login = await send(`${s.url}/api/sandbox/server/login`, { method: "POST", headers: { origin: s.url, "content-type": "application/json" }, body: '{"name":"Ana"}' });
      const cookie = login.setCookie.map((c) => c.split(";")[0]).join("; ");
      const puts = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          send(`${s.url}/api/sandbox/server/data`, { method: "POST", headers: { origin: s.url, cookie, "content-type": "application/json" }, body: JSON.stringify({ key: `k${i}`, value: "v" }) }),
        ),
      );
      refusedOrFailed += puts.filter((p) => p.status !== 200).length;
      const view = (await (await fetch(`${s.url}/api/sandbox/server`, { headers: { cookie } })).json()) as { status: { data?: Record<string, string> } };
      lost += 8 - Object.keys(view.status.data ?? {}).length - puts.filter((p) => p.status !== 200).length;
    }
  } finally {
    await s.stop();
    rmSync(s.dir, { recursive: true, force: true });
  }
  return `lost updates: 30 trials of 8 parallel puts (Redis): ${lost} keys lost silently, ${refusedOrFailed} puts answered non-200`;
}

async function redisHanging(): Promise<string> {
  const sockets: Socket[] = [];
  const silent = createServer((socket) => sockets.push(socket));
  const hangPort = await freePort(3490);
  await new Promise<void>((resolve) => silent.listen(hangPort, "127.0.0.1", resolve));
  const s = await server({ REDIS_URL: `redis://127.0.0.1:${hangPort}`, SANDBOX_RATE_LIMIT: "off" });
  const times: number[] = [];
  const statuses: number[] = [];
  try {
    // Load on the same server: 10 connections reading sealed sessions and pages while the 503s are timed.
    const load = autocannon({ url: `${s.url}/api/sandbox/sealed`, connections: 10, duration: 15 });
    for (let i = 0; i < 20; i++) {
      const answer = await send(`${s.url}/api/sandbox/server`);
      times.push(answer.ms);
      statuses.push(answer.status);
      // Spread over the fail-fast window, so some requests pay the full Redis timeout.
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    await load;
  } finally {
    await s.stop();
    rmSync(s.dir, { recursive: true, force: true });
    for (const socket of sockets) socket.destroy();
    silent.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return `Redis hanging, 10 connections of load: ${statuses.filter((st) => st === 503).length}/20 answered 503; time to 503 median ${median(times).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
}

async function forgedForwarding(): Promise<string> {
  const s = await server({});
  let accepted = 0;
  let sent = 0;
  const started = Date.now();
  try {
    while (Date.now() - started < 10_000 && sent < 20_000) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, () => {
          sent++;
          const address = `10.${sent >> 16 & 255}.${sent >> 8 & 255}.${sent & 255}`;
          return send(`${s.url}/api/sandbox/jwt/login`, { method: "POST", headers: { origin: s.url, "content-type": "application/json", "x-forwarded-for": address }, body: '{"name":"Mallory"}' });
        }),
      );
      accepted += batch.filter((b) => b.status === 200).length;
    }
  } finally {
    await s.stop();
    rmSync(s.dir, { recursive: true, force: true });
  }
  const seconds = (Date.now() - started) / 1000;
  return `forged X-Forwarded-For (TRUST_PROXY unset, limit 120/10): ${accepted} of ${sent} writes accepted in ${seconds.toFixed(1)} s (the limit allows ${Math.floor(120 + 10 * seconds)})`;
}

const results = [];
for (const step of [badInputs, lostUpdates, redisHanging, forgedForwarding]) {
  console.error(`[attack] ${step.name}…`);
  results.push(await step());
}
console.log(results.map((line) => `- ${line}`).join("\n"));
process.exit(0);
