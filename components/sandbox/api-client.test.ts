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
    const result = await callApi<{ ok: number }>("POST", "/api/sandbox/sealed/login", { name: "Ada" });
    expect(result).toEqual({ ok: true, status: 200, data: { ok: 1 } });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe('{"name":"Ada"}');
    expect((init.headers as Record<string, string>)["content-type"]).toBe("application/json");
    expect(init.credentials).toBe("same-origin");
  });

  it("uses the server's message, and adds Retry-After to a 429", async () => {
    vi.stubGlobal("fetch", answer(429, { error: "rate-limited", message: "Slow down." }, { "retry-after": "3" }));
    const result = await callApi("POST", "/x", {});
    expect(result).toMatchObject({ ok: false, status: 429, message: "Slow down. Try again in 3 s." });
  });

  it("falls back to a plain explanation when the body says nothing", async () => {
    vi.stubGlobal("fetch", answer(503, undefined));
    const result = await callApi("GET", "/x");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/session store is unreachable/);
  });

  it("turns a network failure into status 0 instead of throwing", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    const result = await callApi("GET", "/x");
    expect(result).toMatchObject({ ok: false, status: 0 });
  });
});
