import { describe, expect, it } from "vitest";
import { reportable, reportInBody } from "./report-in-body";

const refusal = () => {
  const headers = new Headers({ "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5" });
  headers.append("Set-Cookie", "a=1; Path=/");
  headers.append("Set-Cookie", "b=2; Path=/");
  return new Response(JSON.stringify({ error: "no-session", message: "Log in first." }), { status: 401, headers });
};

describe("reportInBody", () => {
  it("re-sends a refusal as 200 with the real status in a header and in the body, keeping every other header", async () => {
    const wrapped = await reportInBody(refusal());
    expect(wrapped.status).toBe(200);
    expect(wrapped.headers.get("x-sandbox-status")).toBe("401");
    expect(wrapped.headers.get("cache-control")).toBe("no-store");
    expect(wrapped.headers.get("retry-after")).toBe("5");
    expect(wrapped.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(await wrapped.json()).toEqual({ status: 401, body: { error: "no-session", message: "Log in first." } });
  });

  it("leaves a success untouched", async () => {
    const ok = new Response("{}", { status: 200 });
    expect(await reportInBody(ok)).toBe(ok);
  });
});

describe("reportable", () => {
  const handler = reportable(async () => refusal());
  it("keeps the real status for clients that do not ask", async () => {
    expect((await handler(new Request("http://x/api"))).status).toBe(401);
  });
  it("reports in the body only when the request asks with X-Sandbox-Report: in-body", async () => {
    const response = await handler(new Request("http://x/api", { headers: { "X-Sandbox-Report": "in-body" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-sandbox-status")).toBe("401");
  });
});
