import { describe, expect, it } from "vitest";
import { crossOriginReason, expectedOrigin, schemeOf } from "./same-origin";

const url = "http://localhost:3000/api/sandbox/sealed/login";
const direct = { trustedHops: 0 };

describe("crossOriginReason", () => {
  it("accepts the origin the request was addressed to", () => {
    expect(crossOriginReason(new Headers({ host: "localhost:3000", origin: "http://localhost:3000" }), url, direct)).toBeNull();
  });

  it("does not let a client vouch for its own origin with X-Forwarded-Host when no proxy is trusted", () => {
    const forged = new Headers({ host: "localhost:3000", origin: "http://evil.example", "x-forwarded-host": "evil.example" });
    expect(crossOriginReason(forged, url, direct)).toMatch(/^Origin http:\/\/evil.example is not this site \(http:\/\/localhost:3000\)/);
  });

  it("behind a trusted proxy, compares with the host and scheme that proxy forwarded", () => {
    const proxied = new Headers({ host: "10.0.0.5:3000", origin: "https://sessions.example", "x-forwarded-host": "sessions.example", "x-forwarded-proto": "https" });
    expect(crossOriginReason(proxied, url, { trustedHops: 1 })).toBeNull();
  });

  it("with SITE_ORIGIN set, accepts that origin only, whatever the headers claim", () => {
    const settings = { siteOrigin: "https://sessions.example", trustedHops: 1 };
    expect(crossOriginReason(new Headers({ host: "evil.example", origin: "http://evil.example", "x-forwarded-host": "evil.example" }), url, settings)).not.toBeNull();
    expect(crossOriginReason(new Headers({ host: "10.0.0.5", origin: "https://sessions.example" }), url, settings)).toBeNull();
  });
});

describe("expectedOrigin", () => {
  it("is null without any Host to go by", () => {
    expect(expectedOrigin(new Headers(), "http", direct)).toBeNull();
  });

  it("is the connection's scheme and the Host, unless a trusted proxy says otherwise", () => {
    const headers = new Headers({ host: "Sessions.Example:8443", "x-forwarded-proto": "http", "x-forwarded-host": "evil.example" });
    expect(expectedOrigin(headers, "https", direct)).toBe("https://sessions.example:8443");
    expect(expectedOrigin(headers, "https", { trustedHops: 1 })).toBe("http://evil.example");
  });
});

describe("schemeOf", () => {
  it("reads the scheme of a request URL", () => {
    expect(schemeOf(url)).toBe("http");
    expect(schemeOf("https://sessions.example/api/sandbox/sealed")).toBe("https");
  });
});
