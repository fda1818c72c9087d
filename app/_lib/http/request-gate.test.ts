import { describe, expect, it } from "vitest";
import { gateRefusal, type GateRequest } from "./request-gate";

const request = (overrides: Partial<GateRequest> = {}): GateRequest => ({
  method: "GET",
  rawPath: "/lessons/session",
  headers: new Headers(),
  siteOrigin: () => "http://localhost:3000",
  ...overrides,
});

describe("gateRefusal", () => {
  it("lets ordinary requests through", () => {
    expect(gateRefusal(request())).toBeNull();
    expect(gateRefusal(request({ method: "POST", rawPath: "/api/sandbox/sealed/login" }))).toBeNull();
    expect(gateRefusal(request({ rawPath: "/glossary/caf%C3%A9" }))).toBeNull();
  });

  it.each(["TRACE", "TRACK", "CONNECT", "PROPFIND", "FOO"])("answers %s with 405 and the methods the site uses", (method) => {
    expect(gateRefusal(request({ method }))).toEqual({
      status: 405,
      message: `The method ${method} is not used by this site.`,
      headers: { Allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" },
    });
  });

  it.each(["/lessons/%", "/glossary/%", "/api/sandbox/%E0%A4%A", "/a/%zz/b", "/%C3"])("answers the undecodable path %s with 400", (rawPath) => {
    expect(gateRefusal(request({ rawPath }))).toMatchObject({ status: 400, message: expect.stringContaining("not valid percent-encoding") });
  });

  it("names only the bad segment, cut to a readable length", () => {
    const long = "%E0" + "a".repeat(500);
    expect(gateRefusal(request({ rawPath: `/ok%20fine/${long}` }))?.message).toBe(`The path segment "${long.slice(0, 60)}…" is not valid percent-encoding.`);
  });

  it("refuses a Server Action posted from another origin with 403", () => {
    const headers = new Headers({ "next-action": "7f00", origin: "http://evil.example" });
    expect(gateRefusal(request({ method: "POST", headers }))).toMatchObject({ status: 403 });
  });

  it("lets a Server Action from this site's own origin through, whatever the case of the origin", () => {
    const headers = new Headers({ "next-action": "7f00", origin: "HTTP://LOCALHOST:3000" });
    expect(gateRefusal(request({ method: "POST", headers }))).toBeNull();
  });

  it("refuses a Server Action with an Origin when the site's own origin cannot be told", () => {
    const headers = new Headers({ "next-action": "7f00", origin: "http://localhost:3000" });
    expect(gateRefusal(request({ method: "POST", headers, siteOrigin: () => null }))).toMatchObject({ status: 403 });
  });

  it("works out the site's origin only for a Server Action", () => {
    let asked = 0;
    const siteOrigin = () => (asked++, "http://localhost:3000");
    gateRefusal(request({ method: "POST", siteOrigin }));
    gateRefusal(request({ rawPath: "/a%20b", siteOrigin }));
    expect(asked).toBe(0);
    gateRefusal(request({ method: "POST", headers: new Headers({ "next-action": "7f00", origin: "http://localhost:3000" }), siteOrigin }));
    expect(asked).toBe(1);
  });
});
