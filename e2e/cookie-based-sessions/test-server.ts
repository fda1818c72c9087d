import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import tls from "node:tls";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../tools/chromium";

/**
 * What the test server answers for one request: a status line's worth of headers, written byte for byte.
 * Node's own HTTP server refuses control characters and re-encodes non-ASCII in headers; cookies with
 * those bytes are exactly what the differential needs to send, so this server writes raw HTTP/1.1.
 */
export type RawAnswer = { setCookies?: string[]; headers?: string[]; body?: string; status?: string };
export type Handler = (request: { method: string; url: URL; headers: Record<string, string>; body: string; secure: boolean }) => RawAnswer;

export type TestServers = { httpPort: number; httpsPort: number; close(): Promise<void> };

/** A throwaway self-signed certificate, made at test time: nothing secret is checked in. */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), "cookie-cert-"));
  try {
    execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj", "/CN=cookie-lab.test", "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")], { stdio: "ignore" });
    return { key: readFileSync(path.join(dir, "key.pem")), cert: readFileSync(path.join(dir, "cert.pem")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function serve(socket: net.Socket, secure: boolean, handler: Handler) {
  let buffer = Buffer.alloc(0);
  socket.on("error", () => socket.destroy());
  socket.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const head = buffer.subarray(0, end).toString("latin1").split("\r\n");
    const [method = "GET", target = "/"] = (head[0] ?? "").split(" ");
    const headers: Record<string, string> = {};
    for (const line of head.slice(1)) {
      const colon = line.indexOf(":");
      if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers["content-length"] ?? 0);
    if (buffer.length < end + 4 + length) return;
    const body = buffer.subarray(end + 4, end + 4 + length).toString("utf8");
    socket.removeAllListeners("data");
    const url = new URL(target, `${secure ? "https" : "http"}://${headers.host ?? "localhost"}`);
    let answer: RawAnswer;
    try {
      answer = handler({ method, url, headers, body, secure });
    } catch (error) {
      answer = { status: "500 Internal Server Error", body: String(error) };
    }
    const payload = Buffer.from(answer.body ?? "<!doctype html><title>ok</title>ok", "utf8");
    const lines = [
      `HTTP/1.1 ${answer.status ?? "200 OK"}`,
      "Content-Type: text/html; charset=utf-8",
      "Cache-Control: no-store",
      `Content-Length: ${payload.length}`,
      "Connection: close",
      ...(answer.headers ?? []),
      ...(answer.setCookies ?? []).map((line) => `Set-Cookie: ${line}`),
    ];
    socket.end(Buffer.concat([Buffer.from(lines.join("\r\n") + "\r\n\r\n", "utf8"), payload]));
  });
}

export async function startTestServers(handler: Handler): Promise<TestServers> {
  const { key, cert } = selfSigned();
  const plain = net.createServer((socket) => serve(socket, false, handler));
  const secure = tls.createServer({ key, cert }, (socket) => serve(socket, true, handler));
  const listen = (server: net.Server) =>
    new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)));
  const [httpPort, httpsPort] = await Promise.all([listen(plain), listen(secure)]);
  return {
    httpPort,
    httpsPort,
    close: () => Promise.all([plain, secure].map((s) => new Promise<void>((resolve) => s.close(() => resolve())))).then(() => undefined),
  };
}

/** Every host name resolves to this machine. */
const MAPPED_ARGS = [
  ...chromiumArgs,
  "--host-resolver-rules=MAP * 127.0.0.1",
  // Keep http:// test URLs on http: no automatic upgrade attempt to https.
  "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
];

/** Chromium with every host name resolving to this machine; certificate errors are accepted per context. */
export function launchMappedChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...MAPPED_ARGS, ...extraArgs] });
}

/**
 * The same, with a profile on disk: persistent cookies land in `<userDataDir>/Default/Cookies` (SQLite)
 * when the context closes, and are read back from it by the next launch on that folder.
 */
export function launchMappedPersistent(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath, args: MAPPED_ARGS, ignoreHTTPSErrors: true });
}

/** The URL with the test server's port for its scheme. */
export function onTestPort(url: string, servers: TestServers): URL {
  const u = new URL(url);
  u.port = String(u.protocol === "https:" ? servers.httpsPort : servers.httpPort);
  return u;
}
