import { describe, expect, it } from "vitest";
import { isDeletion, parseCookieHeader, parseSetCookie } from "./set-cookie";

describe("parseSetCookie", () => {
  it("splits the pair from the attributes and keeps flags valueless", () => {
    const parsed = parseSetCookie("__Host-sid=abc.def; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=120");
    expect(parsed.name).toBe("__Host-sid");
    expect(parsed.value).toBe("abc.def");
    expect(parsed.prefix).toBe("__Host-");
    expect(parsed.attributes.map((a) => [a.key, a.value])).toEqual([
      ["path", "/"],
      ["httponly", ""],
      ["secure", ""],
      ["samesite", "Lax"],
      ["max-age", "120"],
    ]);
  });

  it("keeps '=' inside a value and recognises prefixes case-insensitively", () => {
    const parsed = parseSetCookie("__secure-x=a=b==; expires=Thu, 01 Jan 1970 00:00:00 GMT");
    expect(parsed.value).toBe("a=b==");
    expect(parsed.prefix).toBe("__Secure-");
    expect(parsed.attributes[0]).toEqual({ name: "expires", value: "Thu, 01 Jan 1970 00:00:00 GMT", key: "expires" });
  });

  it("reports no prefix for ordinary names", () => {
    expect(parseSetCookie("sid=1").prefix).toBeNull();
  });
});

describe("parseCookieHeader", () => {
  it("returns the pairs in order", () => {
    expect(parseCookieHeader("a=1; __Host-b=x*y~2")).toEqual([
      { name: "a", value: "1" },
      { name: "__Host-b", value: "x*y~2" },
    ]);
  });
});

describe("isDeletion", () => {
  it("treats Max-Age=0 and a past Expires as deletion, a future lifetime as not", () => {
    expect(isDeletion(parseSetCookie("a=; Max-Age=0"))).toBe(true);
    expect(isDeletion(parseSetCookie("a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT"))).toBe(true);
    expect(isDeletion(parseSetCookie("a=1; Max-Age=60"))).toBe(false);
  });
});
