/** Starting and stopping the real balancers and the tiny upstream servers for the differential test. */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";

/** A port the kernel says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Response headers the upstream adds for each path, so the test covers HAProxy's cacheability rules. */
export const CACHE_HEADERS: Record<string, Record<string, string>> = {
  "/plain": {},
  "/fresh": { "cache-control": "max-age=60" },
  "/etag": { etag: '"v1"' },
  "/public": { "cache-control": "public" },
  "/private": { "cache-control": "private, max-age=60" },
};

/** An upstream that answers with its id, and says whether the balancer passed the SRV cookie on. */
export function startUpstream(id: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const sawSrv = /(^|;\s*)SRV=/.test(req.headers.cookie ?? "");
    const extra = CACHE_HEADERS[(req.url ?? "/").split("?")[0]!] ?? {};
    res.writeHead(200, { "content-type": "text/plain", "x-saw-srv": sawSrv ? "yes" : "no", connection: "close", ...extra });
    res.end(id);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

export const stopServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export type Balancer = { child: ChildProcess; output: () => string; stop: () => Promise<void> };

/**
 * Spawns a balancer in the foreground and waits until every port answers. If it exits or never listens,
 * the promise rejects with its own output and log, so a broken start fails the test with the reason.
 */
export async function startBalancer(command: string, args: string[], ports: number[], logFile?: string): Promise<Balancer> {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  let exited: string | null = null;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = `exited with ${code ?? signal}`;
      resolve();
    });
    child.once("error", (error) => {
      exited = `could not start: ${error.message}`;
      resolve();
    });
  });
  const describe = () => `${command} ${args.join(" ")}\n${output}${logFile && existsSync(logFile) ? `\n--- ${logFile}\n${readFileSync(logFile, "utf8")}` : ""}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exit;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (exited) throw new Error(`${command} ${exited}:\n${describe()}`);
    const up = await Promise.all(ports.map(portAnswers));
    if (up.every(Boolean)) return { child, output: () => output, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${command} did not listen on ${ports.join(", ")} within 15 s:\n${describe()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export type Answer = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

/** One GET on a new connection from a chosen loopback source address. */
export function get(port: number, path: string, localAddress: string, cookie?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, localAddress, agent: false, headers: { connection: "close", ...(cookie ? { cookie } : {}) } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${path} from ${localAddress} timed out`)));
    req.once("error", reject);
    req.end();
  });
}
