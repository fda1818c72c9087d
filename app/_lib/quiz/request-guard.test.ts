import { describe, expect, it } from "vitest";
import { MAX_QUIZ_BODY_BYTES, readQuizForm } from "./request-guard";

const url = "http://localhost:3202/api/progress/session";

function post(headers: Record<string, string>, body: BodyInit | null = "slug=session&intent=check") {
  return new Request(url, {
    method: "POST",
    headers: { host: "localhost:3202", "content-type": "application/x-www-form-urlencoded", ...headers },
    body,
  });
}

describe("readQuizForm", () => {
  it("accepts a same-origin urlencoded or multipart form", async () => {
    const urlencoded = await readQuizForm(post({ origin: "http://localhost:3202" }));
    expect(urlencoded.ok && urlencoded.form.get("intent")).toBe("check");

    const form = new FormData();
    form.append("slug", "session");
    const multipart = new Request(url, { method: "POST", headers: { host: "localhost:3202", origin: "http://localhost:3202" }, body: form });
    const result = await readQuizForm(multipart);
    expect(result.ok && result.form.get("slug")).toBe("session");
  });

  it("accepts a request without Origin only when the browser says it is same-origin", async () => {
    expect((await readQuizForm(post({ "sec-fetch-site": "same-origin" }))).ok).toBe(true);
    expect(await readQuizForm(post({}))).toMatchObject({ ok: false, status: 403 });
    expect(await readQuizForm(post({ "sec-fetch-site": "cross-site" }))).toMatchObject({ ok: false, status: 403 });
  });

  it("refuses another origin, a null origin and a malformed one with 403", async () => {
    for (const origin of ["https://evil.example", "http://localhost:3203", "null", "::"]) {
      expect(await readQuizForm(post({ origin })), origin).toMatchObject({ ok: false, status: 403 });
    }
  });

  it("does not take a forwarded host from the client as this site's origin when no proxy is trusted", async () => {
    const forged = post({ origin: "https://lab.example", "x-forwarded-host": "lab.example", "x-forwarded-proto": "https" });
    expect(await readQuizForm(forged)).toMatchObject({ ok: false, status: 403 });
  });

  it("refuses JSON and other bodies with 415", async () => {
    const json = post({ origin: "http://localhost:3202", "content-type": "application/json" }, "{}");
    expect(await readQuizForm(json)).toMatchObject({ ok: false, status: 415 });
  });

  it("refuses bodies over the cap with 413, whether or not Content-Length admits it", async () => {
    const big = "slug=" + "x".repeat(MAX_QUIZ_BODY_BYTES);
    expect(await readQuizForm(post({ origin: "http://localhost:3202" }, big))).toMatchObject({ ok: false, status: 413 });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(1024).fill(97));
        controller.close();
      },
    });
    const chunked = new Request(url, {
      method: "POST",
      headers: { host: "localhost:3202", origin: "http://localhost:3202", "content-type": "application/x-www-form-urlencoded" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(await readQuizForm(chunked)).toMatchObject({ ok: false, status: 413 });
  });

  it("answers a broken multipart body with 400", async () => {
    const broken = post({ origin: "http://localhost:3202", "content-type": "multipart/form-data; boundary=zzz" }, "not multipart");
    expect(await readQuizForm(broken)).toMatchObject({ ok: false, status: 400 });
  });
});
