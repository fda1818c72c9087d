import { newSessionId } from "../../app/_lib/sandbox/ids/session-id";
import { SANDBOX_KINDS, type SandboxKind } from "../../app/_lib/sandbox/contract";
import { isClean, runInterleaved, runLoad, sequentialLatency, type LoadResult, type LoadSettings, type LoadTarget } from "./load";
import { median } from "./stats";
import { endpoints } from "../../app/_lib/sandbox/endpoints";
import { callSandbox, loginSession, mutatingHeaders, SandboxJar, sandboxUrl } from "./sandbox-client";

export type Op = "read" | "write";

export type LoadRow = {
  kind: SandboxKind;
  op: Op;
  /** Response body bytes of the sandbox endpoint; both bare servers answer with exactly as many. */
  bytes: number;
  sandbox: LoadResult | null;
  bareNext: LoadResult | null;
  bareNode: LoadResult | null;
  /**
   * Median service time (ms) one request at a time, sandbox and bare Next, each measured twice in
   * the order S B B S: less sensitive to other processes than throughput at 10 connections.
   */
  serviceMs: { sandbox: number; bareNext: number } | null;
  /** Why a figure is missing or not clean (e.g. "not available: 404", "429 × 812"). */
  note: string;
};

export type LoadReport = { rows: LoadRow[]; nodeJsonFloor: LoadResult | null; notes: string[] };

const WRITE_BODY = { key: "bench", value: "1" };

type Prepared = { kind: SandboxKind; jar: SandboxJar; readBytes: number; writeBytes: number; bareCookie: string };

/** The part of the sandbox's view the bare server needs to do the same work on the same data. */
function bareSetup(kind: SandboxKind, view: unknown): { path: string; body: unknown } {
  const v = (view ?? {}) as { inspect?: Record<string, unknown>; deadlines?: { expiresAt?: number | null }; now?: number };
  const inspect = v.inspect ?? {};
  if (kind === "sealed") {
    const payload = inspect.decrypted ?? { user: "bench", data: { theme: "dark" } };
    const ttl = v.deadlines?.expiresAt && v.now ? Math.round((v.deadlines.expiresAt - v.now) / 1000) : 600;
    return { path: "/setup/sealed", body: { payload, ttlSeconds: Math.max(ttl, 120) } };
  }
  if (kind === "jwt") return { path: "/setup/jwt", body: { claims: inspect.claims ?? { sub: "bench", data: { theme: "dark" } } } };
  const now = Date.now();
  const record = inspect.record ?? { user: "bench", data: { theme: "dark" }, createdAt: now, lastSeenAt: now };
  return { path: "/setup/server", body: { id: newSessionId(), record } };
}

const BARE_COOKIE: Record<SandboxKind, string> = { sealed: "s", jwt: "t", server: "id" };

async function prepare(nextUrl: string, bareUrl: string, kind: SandboxKind): Promise<Prepared | string> {
  const jar = await loginSession(nextUrl, kind);
  if (!jar) {
    const probe = await callSandbox(nextUrl, new SandboxJar(nextUrl), "read", { kind });
    return `not available (login failed; GET ${sandboxUrl(nextUrl, "read", kind)} answered ${probe.status})`;
  }
  await callSandbox(nextUrl, jar, "putData", { kind, body: { key: "theme", value: "dark" } });
  const read = await callSandbox(nextUrl, jar, "read", { kind });
  if (read.status !== 200) return `not available (read answered ${read.status})`;
  const write = await callSandbox(nextUrl, jar, "putData", { kind, body: WRITE_BODY });
  const setup = bareSetup(kind, read.json);
  const response = await fetch(new URL(setup.path, bareUrl), { method: "POST", body: JSON.stringify(setup.body) });
  const { cookie } = (await response.json()) as { cookie: string };
  return { kind, jar, readBytes: read.bytes, writeBytes: write.status === 200 ? write.bytes : read.bytes, bareCookie: `${BARE_COOKIE[kind]}=${cookie}` };
}

function describeDirt(result: LoadResult | null): string {
  if (!result || isClean(result)) return "";
  const statuses = Object.entries(result.non2xx).map(([status, n]) => `${status} × ${n}`);
  if (result.errors) statuses.push(`errors × ${result.errors}`);
  return statuses.join(", ");
}

async function serviceTimes(sandbox: LoadTarget, bareNext: LoadTarget): Promise<{ sandbox: number; bareNext: number }> {
  const limits = { maxRequests: 300, maxSeconds: 1 };
  const times = { sandbox: [] as number[], bareNext: [] as number[] };
  for (const [key, target] of [["sandbox", sandbox], ["bareNext", bareNext], ["bareNext", bareNext], ["sandbox", sandbox]] as const) {
    times[key].push((await sequentialLatency(target, limits)).p50);
  }
  return { sandbox: median(times.sandbox), bareNext: median(times.bareNext) };
}

/**
 * Loads every sandbox read and write endpoint of each kind, the bare Next route at the same
 * response size, and the bare node:http server doing the same crypto or store work.
 */
export async function measureSandboxLoad(nextUrl: string, bareUrl: string, settings: LoadSettings, log: (m: string) => void): Promise<LoadReport> {
  const notes: string[] = [];
  const prepared: Prepared[] = [];
  const rows: LoadRow[] = [];
  for (const kind of SANDBOX_KINDS) {
    const result = await prepare(nextUrl, bareUrl, kind).catch((error: unknown) => `not available (${error instanceof Error ? error.message : String(error)})`);
    if (typeof result === "string") {
      for (const op of ["read", "write"] as const) rows.push({ kind, op, bytes: 0, sandbox: null, bareNext: null, bareNode: null, serviceMs: null, note: result });
    } else prepared.push(result);
  }

  for (const p of prepared) {
    for (const op of ["read", "write"] as const) {
      const bytes = op === "read" ? p.readBytes : p.writeBytes;
      const sandboxTarget: LoadTarget =
        op === "read"
          ? { name: `sandbox ${p.kind} read`, url: sandboxUrl(nextUrl, "read", p.kind), headers: { cookie: p.jar.header() } }
          : { name: `sandbox ${p.kind} write`, url: sandboxUrl(nextUrl, "putData", p.kind), method: endpoints.putData.method, headers: mutatingHeaders(nextUrl, p.jar), body: JSON.stringify(WRITE_BODY) };
      // The same Cookie header as the sandbox request (and as the bare node target gets): Next converts and
      // parses every request cookie for any route handler, which costs a 1.2 kB seal about 5% of a bare read
      // (bench/FINDINGS.md, 3 December). A browser sends these Path=/ cookies to the bare route too.
      // A write's floor is a POST of the same body with the same headers: Next streams a request body, which a GET skips.
      const bareNextTarget: LoadTarget =
        op === "read"
          ? { name: `bare Next ${bytes} B`, url: `${nextUrl}/api/baseline?bytes=${bytes}`, headers: { cookie: p.jar.header() } }
          : { name: `bare Next POST ${bytes} B`, url: `${nextUrl}/api/baseline?bytes=${bytes}`, method: "POST", headers: mutatingHeaders(nextUrl, p.jar), body: JSON.stringify(WRITE_BODY) };
      const bareNodeTarget: LoadTarget = {
        name: `bare node ${p.kind} ${op}`,
        url: `${bareUrl}/${p.kind}?bytes=${bytes}`,
        method: op === "read" ? "GET" : "POST",
        headers: { cookie: p.bareCookie, "content-type": "application/json" },
        body: op === "write" ? JSON.stringify(WRITE_BODY) : undefined,
      };
      const [sandbox, bareNext, bareNode] = await runInterleaved([sandboxTarget, bareNextTarget, bareNodeTarget], settings, log);
      const dirt = [
        describeDirt(sandbox ?? null) && `sandbox: ${describeDirt(sandbox ?? null)}`,
        describeDirt(bareNext ?? null) && `bare Next: ${describeDirt(bareNext ?? null)}`,
        describeDirt(bareNode ?? null) && `bare node: ${describeDirt(bareNode ?? null)}`,
      ].filter(Boolean);
      const serviceMs = await serviceTimes(sandboxTarget, bareNextTarget);
      rows.push({ kind: p.kind, op, bytes, sandbox: sandbox ?? null, bareNext: bareNext ?? null, bareNode: bareNode ?? null, serviceMs, note: dirt.join("; ") });
    }
  }

  let nodeJsonFloor: LoadResult | null = null;
  const floorBytes = prepared[0]?.readBytes;
  if (floorBytes) {
    log("  bare node JSON floor");
    nodeJsonFloor = await runLoad({ name: "bare node JSON", url: `${bareUrl}/json?bytes=${floorBytes}` }, settings);
  }
  return { rows, nodeJsonFloor, notes };
}
