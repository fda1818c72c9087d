import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, connect, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkHistory } from "./checker";
import { strategies, type Strategy } from "./config";
import type { Operation } from "./history";
import { hashUser, rng } from "./simulate";

/**
 * The lab's model against the real thing: a Redis primary and two real replicas, one fed directly and
 * one through a proxy that holds the replication stream back by LAG_MS (real asynchronous lag). Clients
 * run the lab's four routing strategies over them; the same checker labels the history they produce.
 *
 * Every write is a Lua script on the primary that bumps the run's `version` counter and sets the key to it, so
 * the write's version is its place in the primary's one write order. A read is `MGET version key` on
 * one node: one atomic look at that node's state, as the model's `at`. The test also checks the model's
 * core assumption, that each replica holds a prefix of the primary's writes: the value a real read
 * returns must be the one the model derives from the version it saw.
 *
 * Needs redis-server (installed by .ci/setup-test-machine.sh); fails, never skips, without it.
 */

const PRIMARY = 16391;
const NEAR = 16392; // replica r1, straight from the primary
const PROXY = 16393; // delays primary -> replica r2 bytes
const FAR = 16394; // replica r2, behind the proxy
const LAG_MS = 150;
const OPS = 400;
const KEYS = ["x", "y"];

const WRITE = "local v = redis.call('INCR', KEYS[1]); redis.call('SET', KEYS[2], v); return v";

const servers: ChildProcess[] = [];
let proxy: Server | undefined;
const sockets = new Set<Socket>();
let dir = "";
let primary: Redis;
let replicas: Redis[] = [];

function startRedis(port: number, extra: string[] = []): ChildProcess {
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, "--dbfilename", `dump-${port}.rdb`, ...extra],
    { stdio: "ignore" },
  );
  child.on("error", (error) => {
    throw new Error(`could not start redis-server (run .ci/setup-test-machine.sh): ${error.message}`);
  });
  servers.push(child);
  return child;
}

/** A TCP proxy to the primary that delivers what the primary sends `LAG_MS` late, in order. */
function startDelayProxy(): Promise<Server> {
  const server = createServer((client) => {
    const upstream = connect(PRIMARY, "127.0.0.1");
    sockets.add(client).add(upstream);
    client.on("data", (chunk) => upstream.write(chunk));
    upstream.on("data", (chunk) => {
      setTimeout(() => {
        if (!client.destroyed) client.write(chunk);
      }, LAG_MS);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  return new Promise((resolve) => server.listen(PROXY, "127.0.0.1", () => resolve(server)));
}

async function until(what: string, check: () => Promise<boolean>, ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const client = (port: number) => new Redis({ port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "monotonic-redis-"));
  startRedis(PRIMARY);
  primary = client(PRIMARY);
  await until("the primary", async () => (await primary.connect().then(() => primary.ping())) === "PONG");
  proxy = await startDelayProxy();
  startRedis(NEAR, ["--replicaof", "127.0.0.1", String(PRIMARY)]);
  startRedis(FAR, ["--replicaof", "127.0.0.1", String(PROXY)]);
  replicas = [client(NEAR), client(FAR)];
  for (const r of replicas) {
    await until("a replica", async () => {
      if (r.status !== "ready") await r.connect();
      return (await r.info("replication")).includes("master_link_status:up");
    });
  }
}, 60_000);

afterAll(async () => {
  for (const c of [primary, ...replicas]) c?.disconnect();
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  await Promise.all(
    servers.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

type Outcome = { history: Operation[]; values: (string | null)[] };

/** One seeded workload of three clients against the real servers, reads routed by `strategy`. */
async function run(strategy: Strategy, seed: number): Promise<Outcome> {
  const work = rng(seed);
  const route = rng(seed ^ 0x9e3779b9);
  const tokens = [0, 0, 0];
  const history: Operation[] = [];
  const values: (string | null)[] = [];
  const nodes = ["r1", "r2"];
  // Each run has keys of its own: a replica that is still catching up on an earlier run (a resync on a busy
  // machine can take a while) then cannot answer with that run's higher version and fake a violation.
  const ns = `${strategy}-${seed}:`;
  const versionKey = `${ns}version`;
  for (let i = 0; i < OPS; i++) {
    const c = Math.floor(work() * 3);
    const name = `u${c + 1}`;
    const key = KEYS[Math.floor(work() * KEYS.length)]!;
    if (work() < 0.3) {
      const version = Number(await primary.eval(WRITE, 2, versionKey, ns + key));
      tokens[c] = Math.max(tokens[c]!, version);
      history.push({ kind: "write", client: name, key, value: String(version), version, node: "leader" });
      values.push(null);
      continue;
    }
    let node = -1;
    let answer: (string | null)[] | undefined;
    if (strategy === "random") node = Math.floor(route() * replicas.length);
    if (strategy === "sticky") node = hashUser(name) % replicas.length;
    if (strategy === "token") {
      // Like Cosmos DB's SDK: try the replicas in a random order, take the first at least as fresh as the token.
      const order = route() < 0.5 ? [0, 1] : [1, 0];
      for (const r of order) {
        const got = await replicas[r]!.mget(versionKey, ns + key);
        if (Number(got[0] ?? 0) >= tokens[c]!) {
          node = r;
          answer = got;
          break;
        }
      }
    }
    answer ??= await (node < 0 ? primary : replicas[node]!).mget(versionKey, ns + key);
    const at = Number(answer[0] ?? 0);
    tokens[c] = Math.max(tokens[c]!, at);
    history.push({ kind: "read", client: name, key, at, node: node < 0 ? "leader" : nodes[node] });
    values.push(answer[1] ?? null);
  }
  return { history, values };
}

describe("the model against a real Redis primary and two real replicas (one 150 ms behind)", () => {
  const results = new Map<Strategy, ReturnType<typeof checkHistory>>();

  it.each(strategies)("%s routing: every real read returns what the model derives from the version it saw", async (strategy) => {
    const { history, values } = await run(strategy, 7);
    const check = checkHistory(history);
    results.set(strategy, check);
    history.forEach((op, i) => {
      if (op.kind !== "read") return;
      const derived = check.reads[i]!.value;
      expect(values[i] ?? "nil", `read #${i + 1} on ${op.node} at version ${op.at}`).toBe(derived);
    });
    expect(check.problems).toEqual([]);
    expect(check.counts.WFR + check.counts.MW).toBe(0);
  }, 60_000);

  it("token and leader reads never break RYW or MR; random routing over a lagging replica does", () => {
    expect(results.size).toBe(strategies.length);
    const line = (s: Strategy) => {
      const c = results.get(s)!;
      return `${s}: ${c.badReads}/${c.readCount} reads (${((100 * c.badReads) / Math.max(1, c.readCount)).toFixed(1)}%) break RYW or MR (RYW ${c.counts.RYW}, MR ${c.counts.MR})`;
    };
    console.log(`real Redis, replica lag ${LAG_MS} ms, ${OPS} operations per strategy:\n  ${strategies.map(line).join("\n  ")}`);
    expect(results.get("token")!.badReads).toBe(0);
    expect(results.get("leader")!.badReads).toBe(0);
    expect(results.get("random")!.badReads).toBeGreaterThan(0);
    // Sticky: each client stays on one replica, whose state only moves forward.
    expect(results.get("sticky")!.counts.MR).toBe(0);
  });
});
