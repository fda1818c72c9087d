import { describe, expect, it } from "vitest";
import { byteLength, clearSandboxCookie, countUtf8Bytes, cookieSize, explainSetCookie, fitsCookieLimit, serializeSandboxCookie } from "./set-cookie";

describe("serializeSandboxCookie", () => {
  it("writes the __Host- requirements and an explicit SameSite", () => {
    expect(serializeSandboxCookie("__Host-sbx-jwt", "abc", 600)).toBe("__Host-sbx-jwt=abc; Max-Age=600; Path=/; HttpOnly; Secure; SameSite=Strict");
  });

  it("leaves out Max-Age for a session cookie and never writes Domain", () => {
    const header = serializeSandboxCookie("__Host-sbx-sid", "id");
    expect(header).not.toMatch(/Max-Age|Expires|Domain/i);
  });

  it("clears with Max-Age=0 and the same Path and Secure", () => {
    expect(clearSandboxCookie("__Host-sbx-sid")).toBe("__Host-sbx-sid=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Strict");
  });
});

describe("explainSetCookie", () => {
  it("explains the prefix and every attribute", () => {
    const view = explainSetCookie(serializeSandboxCookie("__Host-sbx-sealed", "Fe26.2*x", 600));
    expect(view.name).toBe("__Host-sbx-sealed");
    expect(view.value).toBe("Fe26.2*x");
    expect(view.prefix).toBe("__Host-");
    expect(view.prefixExplanation).toMatch(/Secure, Path=\/ and no Domain/);
    expect(view.attributes.map((a) => a.name)).toEqual(["Max-Age", "Path", "HttpOnly", "Secure", "SameSite"]);
    expect(view.attributes.find((a) => a.name === "SameSite")?.explanation).toMatch(/never sent on requests started by another site/);
    expect(view.lifetime).toMatch(/Persistent: kept for 600 seconds/);
    expect(view.deletes).toBe(false);
  });

  it("recognises a deletion and a session cookie", () => {
    expect(explainSetCookie(clearSandboxCookie("__Host-sbx-sid")).deletes).toBe(true);
    expect(explainSetCookie(serializeSandboxCookie("__Host-sbx-sid", "x")).lifetime).toMatch(/^Session cookie/);
  });
});

describe("size", () => {
  it("counts UTF-8 bytes of the whole header against 4096", () => {
    expect(byteLength("é")).toBe(2);
    const header = serializeSandboxCookie("n", "v".repeat(4050), 1);
    expect(fitsCookieLimit(header)).toBe(false);
    expect(fitsCookieLimit(serializeSandboxCookie("n", "v".repeat(100), 1))).toBe(true);
    expect(cookieSize("n", "vv", "n=vv; Path=/")).toEqual({ name: "n", bytes: 12, valueBytes: 2, limit: 4096 });
  });
});

describe("byteLength", () => {
  it("counts UTF-8 bytes exactly as TextEncoder does, lone surrogates included", () => {
    const samples = ["", "abc", "é", "…", "€uro", "a😀b", "\u07ff\u0800", "\ud800", "x\udc00y", "\ud83d", "😀\ud83d", "ÿ".repeat(40)];
    for (const text of samples) {
      expect(byteLength(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
      // The loop the browser bundle uses, where there is no Buffer.
      expect(countUtf8Bytes(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
