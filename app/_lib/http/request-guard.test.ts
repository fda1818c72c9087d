import { describe, expect, it } from "vitest";
import { guardRequest, parseMediaType, type GuardSpec } from "./request-guard";

const URL_ = "http://localhost:3204/api/anything";
const JSON_ONLY: GuardSpec = { accepts: ({ type }) => type === "application/json", expected: "JSON", maxBytes: 64 };
const sameOrigin = { host: "localhost:3204", origin: "http://localhost:3204", "content-type": "application/json" };

function post(body: BodyInit | null, headers: Record<string, string> = sameOrigin): Request {
  return new Request(URL_, { method: "POST", headers, body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
}

describe("guardRequest: same origin", () => {
  it("accepts this site's own origin and a same-origin fetch", async () => {
    expect((await guardRequest(post("{}"), JSON_ONLY)).ok).toBe(true);
    expect((await guardRequest(post("{}", { host: "localhost:3204", "sec-fetch-site": "same-origin", "content-type": "application/json" }), JSON_ONLY)).ok).toBe(true);
  });

  it.each([
    ["another site", { host: "localhost:3204", origin: "https://evil.example" }],
    ["another port", { host: "localhost:3204", origin: "http://localhost:3999" }],
    ["another scheme", { host: "localhost:3204", origin: "https://localhost:3204" }],
    ["a sibling subdomain", { host: "localhost:3204", origin: "http://sub.localhost:3204" }],
    ["the opaque null origin", { host: "localhost:3204", origin: "null" }],
    ["a prefix look-alike", { host: "localhost:3204", origin: "http://localhost:3204.evil.example" }],
    ["no Origin and no Sec-Fetch-Site", { host: "localhost:3204" }],
    ["Sec-Fetch-Site cross-site", { host: "localhost:3204", origin: "http://localhost:3204", "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site same-site", { host: "localhost:3204", "sec-fetch-site": "same-site" }],
    ["Sec-Fetch-Site none (typed in the address bar)", { host: "localhost:3204", "sec-fetch-site": "none" }],
  ])("refuses %s with 403, before looking at the body", async (_label, headers) => {
    // The body is the wrong type and too large: the origin check must answer first.
    const result = await guardRequest(post("x".repeat(100), { ...headers, "content-type": "text/plain" }), JSON_ONLY);
    expect(result).toMatchObject({ ok: false, refusal: { status: 403, code: "forbidden-origin" } });
  });

  it("does not follow a client's X-Forwarded-Proto when no proxy is trusted (TRUST_PROXY unset)", async () => {
    const request = new Request("http://lab.example/api", {
      method: "POST",
      headers: { host: "lab.example", origin: "https://lab.example", "x-forwarded-proto": "https", "content-type": "application/json" },
      body: "{}",
    });
    expect(await guardRequest(request, JSON_ONLY)).toMatchObject({ ok: false, refusal: { status: 403 } });
  });
});

describe("guardRequest: media type and size", () => {
  it("refuses a type the endpoint does not read with 415, naming what it got", async () => {
    const result = await guardRequest(post("{}", { ...sameOrigin, "content-type": "text/plain" }), JSON_ONLY);
    expect(result).toMatchObject({ ok: false, refusal: { status: 415, message: 'Send the body as JSON (got "text/plain").' } });
  });

  it("returns the body within the cap", async () => {
    const result = await guardRequest(post('{"a":1}'), JSON_ONLY);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('{"a":1}');
  });

  it("stops at the cap while reading, whatever Content-Length claims", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(16).fill(32));
      },
    });
    const result = await guardRequest(post(endless, { ...sameOrigin, "content-length": "10" }), JSON_ONLY);
    expect(result).toMatchObject({ ok: false, refusal: { status: 413 } });
    expect(pulled).toBeLessThan(10);
  });

  it("refuses a declared oversize body without reading it", async () => {
    const result = await guardRequest(post("x", { ...sameOrigin, "content-length": "65" }), JSON_ONLY);
    expect(result).toMatchObject({ ok: false, refusal: { status: 413, code: "payload-too-large" } });
  });
});

describe("parseMediaType", () => {
  it("lower-cases the type and parameter names, unquotes values and keeps their case", () => {
    expect(parseMediaType('Multipart/Form-Data; Boundary="AbC"; charset=UTF-8')).toEqual({
      type: "multipart/form-data",
      params: { boundary: "AbC", charset: "UTF-8" },
    });
    expect(parseMediaType(null)).toEqual({ type: "", params: {} });
  });
});
