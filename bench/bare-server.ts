/**
 * The benchmarks' bare `node:http` server: the same per-request work as the sandbox's endpoints
 * (iron-session unseal/seal, a SQLite store lookup, an HS256 JWT verify/sign) and nothing else,
 * so the report can show what Next.js and the sandbox's own logic add on top.
 *
 * Env: PORT, SESSION_SECRET (the secret the Next server under test uses), BARE_DB (SQLite file).
 * Loopback only; started and stopped by bench/run.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { DatabaseSync } from "node:sqlite";
import { sealData, unsealData } from "iron-session";
import { jwtVerify, SignJWT } from "jose";
import { cookieValue } from "../app/_lib/http/cookie-syntax";

const port = Number(process.env.PORT);
const secret = process.env.SESSION_SECRET ?? "";
if (!port || secret.length < 32) throw new Error("bare-server needs PORT and a SESSION_SECRET of 32+ characters");
const password = { 1: secret };
const jwtKey = new TextEncoder().encode(secret);

const db = new DatabaseSync(process.env.BARE_DB ?? ":memory:");
// The sandbox's store settings, so both pay the same per-write cost.
db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
db.exec("CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, record TEXT NOT NULL, expires_at INTEGER NOT NULL)");
const selectSession = db.prepare("SELECT record FROM sessions WHERE id = ? AND expires_at > ?");
const touchSession = db.prepare("UPDATE sessions SET record = json_set(record, '$.lastSeenAt', ?), expires_at = ? WHERE id = ?");
const upsertSession = db.prepare("INSERT INTO sessions (id, record, expires_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET record = excluded.record, expires_at = excluded.expires_at");

let sealTtl = 600;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > 64 * 1024) reject(new Error("body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** JSON of `bytes` bytes when asked, so responses match the sandbox's in size. */
function send(res: ServerResponse, status: number, value: Record<string, unknown>, bytes: number, headers: Record<string, string> = {}) {
  let body = JSON.stringify(value);
  const missing = bytes - Buffer.byteLength(body) - ',"pad":""'.length;
  if (missing > 0) body = JSON.stringify({ ...value, pad: "x".repeat(missing) });
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...headers });
  res.end(body);
}

function cookie(req: IncomingMessage, name: string): string | null {
  return cookieValue(req.headers.cookie, name);
}

type Handler = (req: IncomingMessage, res: ServerResponse, bytes: number) => Promise<void>;

const routes: Record<string, Handler> = {
  "GET /json": async (_req, res, bytes) => send(res, 200, { ok: true }, bytes),

  "POST /setup/sealed": async (req, res) => {
    const { payload, ttlSeconds } = JSON.parse(await readBody(req)) as { payload: unknown; ttlSeconds?: number };
    sealTtl = ttlSeconds ?? sealTtl;
    send(res, 200, { cookie: await sealData(payload, { password, ttl: sealTtl }) }, 0);
  },
  "GET /sealed": async (req, res, bytes) => {
    const data = await unsealData<Record<string, unknown>>(cookie(req, "s") ?? "", { password, ttl: sealTtl });
    send(res, 200, { state: Object.keys(data).length ? "active" : "none", data }, bytes);
  },
  "POST /sealed": async (req, res, bytes) => {
    const change = JSON.parse(await readBody(req)) as { key: string; value: string };
    const data = await unsealData<Record<string, unknown>>(cookie(req, "s") ?? "", { password, ttl: sealTtl });
    const next = { ...data, data: { ...(data.data as object), [change.key]: change.value } };
    const seal = await sealData(next, { password, ttl: sealTtl });
    send(res, 200, { state: "active" }, bytes, { "set-cookie": `s=${seal}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${sealTtl - 60}` });
  },

  "POST /setup/jwt": async (req, res) => {
    const { claims } = JSON.parse(await readBody(req)) as { claims: Record<string, unknown> };
    const { exp: _exp, iat: _iat, ...rest } = claims;
    const token = await new SignJWT(rest).setProtectedHeader({ alg: "HS256", typ: "JWT" }).setIssuedAt().setExpirationTime("10m").sign(jwtKey);
    send(res, 200, { cookie: token }, 0);
  },
  "GET /jwt": async (req, res, bytes) => {
    const { payload } = await jwtVerify(cookie(req, "t") ?? "", jwtKey, { algorithms: ["HS256"], requiredClaims: ["exp"] });
    send(res, 200, { state: "active", claims: payload }, bytes);
  },
  "POST /jwt": async (req, res, bytes) => {
    const change = JSON.parse(await readBody(req)) as { key: string; value: string };
    const { payload } = await jwtVerify(cookie(req, "t") ?? "", jwtKey, { algorithms: ["HS256"], requiredClaims: ["exp"] });
    const { exp: _exp, iat: _iat, ...rest } = payload;
    const data = { ...((rest.data as object | undefined) ?? {}), [change.key]: change.value };
    const token = await new SignJWT({ ...rest, data }).setProtectedHeader({ alg: "HS256", typ: "JWT" }).setIssuedAt().setExpirationTime("10m").sign(jwtKey);
    send(res, 200, { state: "active" }, bytes, { "set-cookie": `t=${token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=600` });
  },

  "POST /setup/server": async (req, res) => {
    const { id, record } = JSON.parse(await readBody(req)) as { id: string; record: unknown };
    upsertSession.run(id, JSON.stringify(record), Date.now() + 600_000);
    send(res, 200, { cookie: id }, 0);
  },
  // Like the sandbox, a read also renews the idle deadline: one lookup and one update.
  "GET /server": async (req, res, bytes) => {
    const id = cookie(req, "id") ?? "";
    const now = Date.now();
    const row = selectSession.get(id, now) as { record: string } | undefined;
    if (row) touchSession.run(now, now + 600_000, id);
    send(res, 200, row ? { state: "active", record: JSON.parse(row.record) } : { state: "none" }, bytes);
  },
  "POST /server": async (req, res, bytes) => {
    const change = JSON.parse(await readBody(req)) as { key: string; value: string };
    const id = cookie(req, "id") ?? "";
    const row = selectSession.get(id, Date.now()) as { record: string } | undefined;
    if (!row) return send(res, 401, { state: "none" }, bytes);
    const record = JSON.parse(row.record) as { data?: Record<string, string>; lastSeenAt?: number };
    const next = { ...record, data: { ...record.data, [change.key]: change.value }, lastSeenAt: Date.now() };
    upsertSession.run(id, JSON.stringify(next), Date.now() + 600_000);
    send(res, 200, { state: "active" }, bytes);
  },
};

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const handler = routes[`${req.method} ${url.pathname}`];
  if (!handler) return send(res, 404, { error: "not-found" }, 0);
  handler(req, res, Number(url.searchParams.get("bytes")) || 0).catch((error: unknown) => {
    if (!res.headersSent) send(res, 400, { error: String(error instanceof Error ? error.message : error) }, 0);
  });
}).listen(port, "127.0.0.1", () => console.log(`bare server on 127.0.0.1:${port}`));
