import { afterEach, describe, expect, it, vi } from "vitest";
import { callApi } from "./api-client";

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return vi.fn(async () => new Response(body === undefined ? "" : JSON.stringify(body), { status, headers }));
}

afterEach(() => vi.unstubAllGlobals());

describe("callApi", () => {
  it("sends JSON with its content type and returns the parsed body", async () => {
    const fetchMock = answer(200, { ok: 1 });
    vi.stubGlobal("fetch", fetchMock);
    const result = await callApi("login", { kind: "sealed", body: { name: "Ada" } });
    expect(result).toEqual({ ok: true, status: 200, data: { ok: 1 } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/sandbox/sealed/login");
    expect(init.method).toBe("POST");
    expect(init.body).toBe('{"name":"Ada"}');
    expect((init.headers as Record<string, string>)["content-type"]).toBe("application/json");
    expect(init.credentials).toBe("same-origin");
  });

  it("uses the server's message, and adds Retry-After to a 429", async () => {
    vi.stubGlobal("fetch", answer(429, { error: "rate-limited", message: "Slow down." }, { "retry-after": "3" }));
    const result = await callApi("lbReset", { body: {} });
    expect(result).toMatchObject({ ok: false, status: 429, message: "Slow down. Try again in 3 s." });
  });

  it("falls back to a plain explanation when the body says nothing", async () => {
    vi.stubGlobal("fetch", answer(503, undefined));
    const result = await callApi("lbRead", {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/session store is unreachable/);
  });

  it("builds the URL and method from the endpoint table, with no body on a read", async () => {
    const fetchMock = answer(200, {});
    vi.stubGlobal("fetch", fetchMock);
    await callApi("removeData", { kind: "jwt", body: { key: "k" } });
    await callApi("read", { kind: "server" });
    const calls = fetchMock.mock.calls as unknown as [string, RequestInit][];
    expect(calls.map(([url, init]) => [init.method, url, init.body])).toEqual([
      ["DELETE", "/api/sandbox/jwt/data", '{"key":"k"}'],
      ["GET", "/api/sandbox/server", undefined],
    ]);
  });

  it("turns a network failure into status 0 instead of throwing", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    const result = await callApi("lbRead", {});
    expect(result).toMatchObject({ ok: false, status: 0 });
  });

  it("asks for refusals in the body and unwraps one to its real status and ErrorBody", async () => {
    const fetchMock = answer(200, { status: 401, body: { error: "no-session", message: "Log in first." } }, { "x-sandbox-status": "401" });
    vi.stubGlobal("fetch", fetchMock);
    const result = await callApi("regenerate", { kind: "server", body: {} });
    expect(result).toEqual({ ok: false, status: 401, message: "Log in first.", body: { error: "no-session", message: "Log in first." } });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)["x-sandbox-report"]).toBe("in-body");
  });

  it("still reads a real 4xx (a server or proxy that did not wrap it)", async () => {
    vi.stubGlobal("fetch", answer(404, { error: "not-found", message: "No copy." }));
    expect(await callApi("replay", { kind: "jwt", body: { revocationCheck: false } })).toMatchObject({ ok: false, status: 404, message: "No copy." });
  });
});
