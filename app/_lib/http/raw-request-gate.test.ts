import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gateRequestOf, installRequestGate } from "./raw-request-gate";

let server: Server;
let port: number;
let reached: string[] = [];

beforeAll(async () => {
  installRequestGate({ trustedHops: 0 });
  // Stands in for Next: it builds a Fetch Request from every request, as Next does, and would fail on TRACE.
  server = createServer((req, res) => {
    reached.push(`${req.method} ${req.url}`);
    try {
      new Request(`http://localhost${req.url}`, { method: req.method });
      res.writeHead(200).end("ok");
    } catch {
      res.writeHead(500).end("the framework failed");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => server.close());

type Reply = { status: number; allow?: string; body: string; policy?: string };

function send(method: string, path = "/", headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body, policy: String(res.headers["content-security-policy"]) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("installRequestGate", () => {
  // (TRACK never gets this far: Node's HTTP parser refuses it with 400 itself.)
  it.each(["TRACE", "PROPFIND"])("answers %s with 405 and Allow before the framework sees it", async (method) => {
    reached = [];
    const reply = await send(method, "/lessons/session");
    expect(reply).toMatchObject({ status: 405, allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS", policy: expect.stringContaining("default-src 'self'") });
    expect(JSON.parse(reply.body)).toEqual({ error: `The method ${method} is not used by this site.` });
    expect(reached).toEqual([]);
  });

  it("answers a path whose percent-encoding does not decode with 400, and HEAD with no body", async () => {
    expect(await send("GET", "/api/sandbox/%E0%A4%A")).toMatchObject({ status: 400, body: expect.stringContaining("not valid percent-encoding") });
    expect(await send("HEAD", "/glossary/%")).toMatchObject({ status: 400, allow: undefined, body: "" });
  });

  it("reads only the path: a percent sign in the query is the page's business", async () => {
    expect((await send("GET", "/search?q=%")).status).toBe(200);
  });

  it("refuses a Server Action from another origin, and lets this site's own through", async () => {
    const host = `127.0.0.1:${port}`;
    expect((await send("POST", "/", { "next-action": "7f00", origin: "http://evil.example", host })).status).toBe(403);
    expect((await send("POST", "/", { "next-action": "7f00", origin: `http://${host}`, host })).status).toBe(200);
  });

  it("passes every other request through", async () => {
    reached = [];
    expect((await send("GET")).status).toBe(200);
    expect((await send("DELETE", "/caf%C3%A9")).status).toBe(200);
    expect(reached).toEqual(["GET /", "DELETE /caf%C3%A9"]);
  });
});

describe("gateRequestOf", () => {
  const incoming = (url: string, headers: Record<string, string | string[]> = {}, encrypted = false) =>
    ({ method: "POST", url, headers, socket: { encrypted } }) as unknown as IncomingMessage;

  it("takes the raw path without its query or fragment", () => {
    expect(gateRequestOf(incoming("/a%20b?x=%zz#y"), { trustedHops: 0 }).rawPath).toBe("/a%20b");
  });

  it("works out the site's origin from Host and the connection, forwarded headers only behind a trusted proxy", () => {
    const headers = { host: "Site.Example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    expect(gateRequestOf(incoming("/", headers), { trustedHops: 0 }).siteOrigin()).toBe("http://site.example");
    expect(gateRequestOf(incoming("/", headers, true), { trustedHops: 0 }).siteOrigin()).toBe("https://site.example");
    expect(gateRequestOf(incoming("/", headers), { trustedHops: 1 }).siteOrigin()).toBe("https://evil.example");
    expect(gateRequestOf(incoming("/", headers), { trustedHops: 0, siteOrigin: "https://course.example" }).siteOrigin()).toBe("https://course.example");
  });

  it("joins a repeated header as Fetch does", () => {
    expect(gateRequestOf(incoming("/", { "next-action": ["a", "b"] }), { trustedHops: 0 }).headers.get("next-action")).toBe("a, b");
  });
});
