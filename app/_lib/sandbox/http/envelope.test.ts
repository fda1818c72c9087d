import { describe, expect, it } from "vitest";
import { z } from "zod";
import { putDataRequestSchema } from "../contract";
import { parseMediaType } from "@/app/_lib/http/request-guard";
import { decodeUtf8, JSON_BODY, MAX_BODY_BYTES, readMutation, validate } from "./envelope";
import { MemoryRateLimiter } from "./rate-limiter";

const URL_ = "http://localhost:3204/api/sandbox/sealed/data";
const sameOrigin = { host: "localhost:3204", origin: "http://localhost:3204", "content-type": "application/json" };

function post(body: BodyInit | null, headers: Record<string, string> = sameOrigin): Request {
  return new Request(URL_, { method: "POST", headers, body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
}

describe("JSON_BODY", () => {
  it.each(["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8", 'application/json; charset="utf-8"'])("accepts %s", (type) => {
    expect(JSON_BODY.accepts(parseMediaType(type))).toBe(true);
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonp", ""])(
    "refuses %j",
    (type) => {
      expect(JSON_BODY.accepts(parseMediaType(type))).toBe(false);
    },
  );
});

describe("decodeUtf8", () => {
  it("refuses bytes that are not UTF-8 with 400", () => {
    expect(decodeUtf8(new Uint8Array([0x7b, 0xff, 0x7d]))).toMatchObject({ ok: false, refusal: { status: 400, body: { error: "malformed-json" } } });
    expect(decodeUtf8(new TextEncoder().encode('{"a":"é"}'))).toEqual({ ok: true, text: '{"a":"é"}' });
  });
});

describe("validate", () => {
  it("names the offending field", () => {
    expect(validate(putDataRequestSchema, { key: "ok", value: 5 })).toMatchObject({ ok: false, refusal: { status: 422, body: { field: "value" } } });
    expect(validate(putDataRequestSchema, { key: "__proto__", value: "x" })).toMatchObject({ ok: false, refusal: { body: { field: "key" } } });
    expect(validate(putDataRequestSchema, { key: "a", value: "b", admin: true })).toMatchObject({ ok: false, refusal: { body: { field: "admin" } } });
    expect(validate(putDataRequestSchema, [])).toMatchObject({ ok: false, refusal: { body: { field: "(body)", message: "The body must be a JSON object." } } });
  });

  it("keeps a value's line breaks as LF, whichever way the form sent them, and refuses other control characters", () => {
    expect(validate(putDataRequestSchema, { key: "note", value: "one\r\ntwo\rthree\nfour" })).toEqual({ ok: true, value: { key: "note", value: "one\ntwo\nthree\nfour" } });
    expect(validate(putDataRequestSchema, { key: "note", value: "a\tb" })).toMatchObject({ ok: false, refusal: { status: 422, body: { field: "value" } } });
    expect(validate(putDataRequestSchema, { key: "note", value: "a\u0000b" })).toMatchObject({ ok: false, refusal: { status: 422, body: { field: "value" } } });
    // The cap counts characters as stored: 1,500 CR LF pairs are 1,500 line breaks, inside 3,000.
    expect(validate(putDataRequestSchema, { key: "note", value: "\r\n".repeat(1500) + "x".repeat(1500) })).toMatchObject({ ok: true });
    expect(validate(putDataRequestSchema, { key: "note", value: "x".repeat(3001) })).toMatchObject({ ok: false, refusal: { body: { field: "value" } } });
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

  it("rate-limits per client (as a trusted proxy reports it) with 429 and Retry-After, before reading anything else", async () => {
    const limiter = new MemoryRateLimiter({ burst: 2, perSecond: 0.5 });
    const from = (ip: string) => post('{"n":1}', { ...sameOrigin, "x-forwarded-for": ip });
    expect((await readMutation(from("1.1.1.1"), schema, { limiter, trustedHops: 1, now: 0 })).ok).toBe(true);
    expect((await readMutation(from("1.1.1.1"), schema, { limiter, trustedHops: 1, now: 0 })).ok).toBe(true);
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
    const third = await readMutation(request, schema, { limiter, trustedHops: 1, now: 0 });
    expect(third.ok).toBe(false);
    if (!third.ok) {
      expect(third.response.status).toBe(429);
      expect(third.response.headers.get("retry-after")).toBe("2");
    }
    expect(pulled).toBe(false);
    expect(request.bodyUsed).toBe(false);
    expect((await readMutation(from("2.2.2.2"), schema, { limiter, trustedHops: 1, now: 0 })).ok).toBe(true);
  });

  it("with no trusted proxy, a forged X-Forwarded-For per request does not buy a fresh bucket", async () => {
    const limiter = new MemoryRateLimiter({ burst: 2, perSecond: 0.5 });
    const forged = (i: number) => post('{"n":1}', { ...sameOrigin, "x-forwarded-for": `10.0.0.${i}` });
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push((await readMutation(forged(i), schema, { limiter, now: 0 })).ok);
    expect(results).toEqual([true, true, false, false, false]);
  });
});
