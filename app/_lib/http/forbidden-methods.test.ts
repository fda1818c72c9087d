import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseFetchForbiddenMethods } from "./forbidden-methods";

let server: Server;
let port: number;

beforeAll(async () => {
  refuseFetchForbiddenMethods();
  // Stands in for Next: it builds a Fetch Request from every request, as Next does, and would fail on TRACE.
  server = createServer((req, res) => {
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

function send(method: string): Promise<{ status: number; allow?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path: "/" }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("refuseFetchForbiddenMethods", () => {
  // (TRACK never gets this far: Node's HTTP parser refuses it with 400 itself.)
  it("answers TRACE with 405 and Allow before the framework sees it", async () => {
    expect(await send("TRACE")).toEqual({ status: 405, allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" });
  });

  it("passes every other method through", async () => {
    expect((await send("GET")).status).toBe(200);
    expect((await send("DELETE")).status).toBe(200);
  });
});
