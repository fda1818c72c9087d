import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const OUT_DIR = path.join(ROOT, "bench/out");
const NEXT_BIN = path.join(ROOT, "node_modules/.bin/next");

/** `preferred` if nothing listens there, else a port the OS picks. Loopback only. */
export async function freePort(preferred = 0): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const got = typeof address === "object" && address ? address.port : null;
        server.close(() => resolve(got));
      });
    });
  if (preferred > 0) {
    const got = await tryPort(preferred);
    if (got) return got;
  }
  const got = await tryPort(0);
  if (!got) throw new Error("no free port on 127.0.0.1");
  return got;
}

export type Running = { url: string; port: number; pid: number; stop: () => Promise<void> };

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

// A benchmark interrupted half-way must not leave servers holding ports.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const child of running) killGroup(child, "SIGKILL");
    process.exit(130);
  });
}
process.once("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});

/**
 * Starts a process in its own session (like `setsid`), so stopping it ends the whole group:
 * `next start` forks a `next-server` that would otherwise keep the port.
 */
export function startGroup(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, cwd = ROOT): ChildProcess {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

export async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/** Polls `url` until it answers at all (any status), or fails after `timeoutMs`. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering ${url}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

export function assertBuilt(distDir: string): void {
  if (!existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    throw new Error(`no production build in ${distDir}/ — run \`NEXT_DIST_DIR=${distDir} npx next build\` first`);
  }
}

/**
 * The site's own `npm run build` (its prebuild step renders changed diagrams) into `distDir`;
 * resolves with its duration in ms, rejects naming the log.
 */
export function buildNext(distDir: string, env: NodeJS.ProcessEnv): Promise<number> {
  const started = Date.now();
  const logFile = path.join(OUT_DIR, "next-build.log");
  const child = startGroup("npm", ["run", "build", "--silent"], { ...env, NEXT_DIST_DIR: distDir }, logFile);
  return new Promise((resolve, reject) => {
    child.once("exit", (code) =>
      code === 0 ? resolve(Date.now() - started) : reject(new Error(`next build failed (exit ${code}); see ${logFile}`)),
    );
  });
}

/** `next start` on 127.0.0.1:`port` from an existing build in `distDir`. */
export async function startNext(distDir: string, port: number, env: NodeJS.ProcessEnv): Promise<Running> {
  assertBuilt(distDir);
  const logFile = path.join(OUT_DIR, `next-start-${port}.log`);
  const child = startGroup(NEXT_BIN, ["start", "-p", String(port), "-H", "127.0.0.1"], { ...env, NEXT_DIST_DIR: distDir }, logFile);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/baseline`, child);
  return { url, port, pid: child.pid ?? -1, stop: () => stopGroup(child) };
}

/**
 * A one-section bench script's whole life: start the site's existing build (NEXT_DIST_DIR, default .next) on
 * BENCH_PORT or `defaultPort` with a fresh data folder and secret, print what `measure` returns, stop, clean
 * up, and exit 0, or 1 with the error. Used by `npm run bench:labs` and `npm run bench:search`.
 */
export function runSectionScript(name: string, defaultPort: number, measure: (url: string, log: (m: string) => void) => Promise<string>): void {
  const run = async () => {
    const dataDir = path.join(OUT_DIR, `${name}-data`);
    const port = await freePort(Number(process.env.BENCH_PORT) || defaultPort);
    const next = await startNext(process.env.NEXT_DIST_DIR || ".next", port, {
      ...process.env,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      SESSION_SECRET: randomBytes(32).toString("base64url"),
    });
    try {
      console.log(await measure(next.url, (m) => console.error(`[bench:${name}] ${m}`)));
    } finally {
      await next.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`bench:${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
