import { describe, expect, it } from "vitest";
import { z } from "zod";
import { putDataRequestSchema } from "../contract";
import { checkContentType, checkOrigin, MAX_BODY_BYTES, readCappedText, readMutation, validate } from "./envelope";
import { RateLimiter } from "./rate-limiter";

const URL_ = "http://localhost:3204/api/sandbox/sealed/data";
const sameOrigin = { host: "localhost:3204", origin: "http://localhost:3204", "content-type": "application/json" };

function post(body: BodyInit | null, headers: Record<string, string> = sameOrigin): Request {
  return new Request(URL_, { method: "POST", headers, body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
}

describe("checkOrigin", () => {
  it("accepts this site's own origin and a same-origin fetch", () => {
    expect(checkOrigin(new Headers({ host: "localhost:3204", origin: "http://localhost:3204" }), URL_)).toBeNull();
    expect(checkOrigin(new Headers({ host: "localhost:3204", "sec-fetch-site": "same-origin" }), URL_)).toBeNull();
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
  ])("refuses %s with 403", (_label, headers) => {
    expect(checkOrigin(new Headers(headers), URL_)?.status).toBe(403);
  });

  it("follows X-Forwarded-Proto behind a TLS proxy", () => {
    const headers = new Headers({ host: "lab.example", origin: "https://lab.example", "x-forwarded-proto": "https" });
    expect(checkOrigin(headers, "http://lab.example/api")).toBeNull();
  });
});

describe("checkContentType", () => {
  it.each(["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"])("accepts %s", (type) => {
    expect(checkContentType(new Headers({ "content-type": type }))).toBeNull();
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonp", ""])(
    "refuses %j with 415",
    (type) => {
      expect(checkContentType(new Headers(type ? { "content-type": type } : {}))?.status).toBe(415);
    },
  );
});

describe("readCappedText", () => {
  it("reads a body within the cap", async () => {
    expect(await readCappedText(post('{"a":1}'))).toEqual({ ok: true, text: '{"a":1}' });
  });

  it("stops at the cap while reading, whatever Content-Length claims", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const result = await readCappedText(post(endless, { ...sameOrigin, "content-length": "10" }));
    expect(result).toMatchObject({ ok: false, refusal: { status: 413 } });
    expect(pulled).toBeLessThan(10);
  });

  it("refuses a declared oversize body without reading it", async () => {
    const result = await readCappedText(post("x", { ...sameOrigin, "content-length": String(MAX_BODY_BYTES + 1) }));
    expect(result).toMatchObject({ ok: false, refusal: { status: 413 } });
  });

  it("refuses bytes that are not UTF-8", async () => {
    expect(await readCappedText(post(new Uint8Array([0x7b, 0xff, 0x7d])))).toMatchObject({ ok: false, refusal: { status: 400 } });
  });
});

describe("validate", () => {
  it("names the offending field", () => {
    expect(validate(putDataRequestSchema, { key: "ok", value: 5 })).toMatchObject({ ok: false, refusal: { status: 422, body: { field: "value" } } });
    expect(validate(putDataRequestSchema, { key: "__proto__", value: "x" })).toMatchObject({ ok: false, refusal: { body: { field: "key" } } });
    expect(validate(putDataRequestSchema, { key: "a", value: "b", admin: true })).toMatchObject({ ok: false, refusal: { body: { field: "admin" } } });
    expect(validate(putDataRequestSchema, [])).toMatchObject({ ok: false, refusal: { body: { field: "(body)", message: "The body must be a JSON object." } } });
  });
});

describe("readMutation", () => {
  const schema = z.strictObject({ n: z.number() });
  const options = () => ({ limiter: null });

  it("returns the parsed body when everything passes", async () => {
    expect(await readMutation(post('{"n":1}'), schema, options())).toEqual({ ok: true, body: { n: 1 } });
  });

  it("treats an empty body as {}", async () => {
    expect(await readMutation(post(""), z.strictObject({}), options())).toEqual({ ok: true, body: {} });
  });

  it.each([
    ["malformed JSON", post("{n:1}"), 400, "malformed-json"],
    ["JSON of the wrong shape", post('{"n":"1"}'), 422, "invalid-body"],
    ["a cross-site form post", post("n=1", { host: "localhost:3204", origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }), 403, "forbidden-origin"],
    ["text/plain from our own origin", post('{"n":1}', { ...sameOrigin, "content-type": "text/plain" }), 415, "unsupported-media-type"],
    ["a 5 kB body", post(JSON.stringify({ n: 1, pad: "x".repeat(5000) })), 413, "payload-too-large"],
  ])("refuses %s", async (_label, request, status, code) => {
    const result = await readMutation(request, schema, options());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(status);
      expect(result.response.headers.get("cache-control")).toBe("no-store");
      expect(((await result.response.json()) as { error: string }).error).toBe(code);
    }
  });

  it("rate-limits per client with 429 and Retry-After, before reading anything else", async () => {
    const limiter = new RateLimiter({ burst: 2, perSecond: 0.5 });
    const from = (ip: string) => post('{"n":1}', { ...sameOrigin, "x-forwarded-for": ip });
    expect((await readMutation(from("1.1.1.1"), schema, { limiter, now: 0 })).ok).toBe(true);
    expect((await readMutation(from("1.1.1.1"), schema, { limiter, now: 0 })).ok).toBe(true);
    // The third request would fail every later check (cross-site, text/plain, oversized), and its body is a
    // stream that records a read: 429, with the body untouched, shows the limiter ran first.
    let pulled = false;
    const body = new ReadableStream({
      pull(controller) {
        pulled = true;
        controller.enqueue(new TextEncoder().encode("x".repeat(MAX_BODY_BYTES + 1)));
        controller.close();
      },
    }, { highWaterMark: 0 });
    const request = post(body, { host: "localhost:3204", origin: "https://evil.example", "content-type": "text/plain", "x-forwarded-for": "1.1.1.1" });
    const third = await readMutation(request, schema, { limiter, now: 0 });
    expect(third.ok).toBe(false);
    if (!third.ok) {
      expect(third.response.status).toBe(429);
      expect(third.response.headers.get("retry-after")).toBe("2");
    }
    expect(pulled).toBe(false);
    expect(request.bodyUsed).toBe(false);
    expect((await readMutation(from("2.2.2.2"), schema, { limiter, now: 0 })).ok).toBe(true);
  });
});
