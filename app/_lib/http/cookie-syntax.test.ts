import { describe, expect, it } from "vitest";
import { cookieValue, parseCookieHeader, parseSetCookie, splitPieces } from "./cookie-syntax";

describe("parseCookieHeader", () => {
  it("splits pairs and trims around them", () => {
    expect(parseCookieHeader("a=1; b=two;c = 3")).toEqual([
      { name: "a", value: "1" },
      { name: "b", value: "two" },
      { name: "c", value: "3" },
    ]);
  });

  it("keeps '=' inside values and skips nameless or empty pieces", () => {
    expect(parseCookieHeader("x=a=b; =orphan; justtext; ;")).toEqual([{ name: "x", value: "a=b" }]);
  });

  it("returns nothing for a missing header", () => {
    expect(parseCookieHeader(null)).toEqual([]);
    expect(parseCookieHeader("")).toEqual([]);
  });
});

describe("cookieValue", () => {
  it("finds one cookie by exact name, or null", () => {
    expect(cookieValue("a=1; __Host-x=v=w", "__Host-x")).toBe("v=w");
    expect(cookieValue("__host-x=planted", "__Host-x")).toBeNull();
    expect(cookieValue(undefined, "a")).toBeNull();
  });
});

describe("parseSetCookie", () => {
  it("separates the cookie from its attributes, keeping attribute case and valueless flags", () => {
    expect(parseSetCookie("__Host-sbx-jwt=eyJ.a=b.c; Max-Age=600; Path=/; HttpOnly; Secure; SameSite=Strict")).toEqual({
      name: "__Host-sbx-jwt",
      value: "eyJ.a=b.c",
      attributes: [
        { name: "Max-Age", value: "600" },
        { name: "Path", value: "/" },
        { name: "HttpOnly", value: null },
        { name: "Secure", value: null },
        { name: "SameSite", value: "Strict" },
      ],
    });
  });

  it("trims around names and values and drops empty pieces", () => {
    expect(parseSetCookie(" a = 1 ;;  Secure ; Path = / ;")).toEqual({
      name: "a",
      value: "1",
      attributes: [
        { name: "Secure", value: null },
        { name: "Path", value: "/" },
      ],
    });
  });
});

describe("splitPieces", () => {
  it.each(["a=1; b=2", "a=;Max-Age=0", "a=1;  Secure ;Path=/", "novalue", "", ";;", " x = y = z "])("gives back %j exactly", (header) => {
    const text = splitPieces(header)
      .map((p) => p.lead + p.name + (p.hasValue ? "=" : "") + p.value)
      .join(";");
    expect(text).toBe(header);
  });
});
