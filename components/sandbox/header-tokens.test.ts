import { describe, expect, it } from "vitest";
import { cookieValue } from "@/app/_lib/http/cookie-syntax";
import { tokenizeCookieHeader, tokenizeSetCookie } from "./header-tokens";

const join = (tokens: { text: string }[]) => tokens.map((t) => t.text).join("");

describe("tokenizeSetCookie", () => {
  it("round-trips the exact header and labels each part", () => {
    const header = "__Host-sbx-jwt=eyJ.a=b.c; Max-Age=600; Path=/; HttpOnly; Secure; SameSite=Strict";
    const tokens = tokenizeSetCookie(header);
    expect(join(tokens)).toBe(header);
    expect(tokens.filter((t) => t.kind === "name").map((t) => t.text)).toEqual(["__Host-sbx-jwt"]);
    expect(tokens.find((t) => t.kind === "value")?.text).toBe("eyJ.a=b.c");
    expect(tokens.filter((t) => t.kind === "attr-name").map((t) => t.text)).toEqual(["Max-Age", "Path", "HttpOnly", "Secure", "SameSite"]);
    expect(tokens.filter((t) => t.kind === "attr-value").map((t) => t.text)).toEqual(["600", "/", "Strict"]);
  });

  it("keeps odd spacing and empty values exactly", () => {
    for (const header of ["a=;Max-Age=0", "a=1;  Secure ;Path=/", "novalue"]) {
      expect(join(tokenizeSetCookie(header))).toBe(header);
    }
  });
});

describe("tokenizeCookieHeader", () => {
  it("round-trips and finds one cookie's value", () => {
    const header = "__Host-session-lab-progress=…; __Host-sbx-sealed=Fe26.2*1*a*b*c*1*d*e~2";
    expect(join(tokenizeCookieHeader(header))).toBe(header);
    expect(cookieValue(header, "__Host-sbx-sealed")).toBe("Fe26.2*1*a*b*c*1*d*e~2");
    expect(cookieValue(header, "__Host-sbx-sid")).toBeNull();
    expect(cookieValue(null, "x")).toBeNull();
  });
});
