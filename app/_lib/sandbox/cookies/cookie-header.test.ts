import { describe, expect, it } from "vitest";
import { pickCookie, redactCookieHeader } from "./cookie-header";

describe("pickCookie", () => {
  it("finds a cookie by exact name", () => {
    expect(pickCookie("other=1; __Host-sbx-sid=abc", "__Host-sbx-sid")).toEqual({ state: "present", value: "abc" });
  });

  it("does not match a case-changed look-alike of a __Host- name", () => {
    expect(pickCookie("__host-sbx-sid=planted", "__Host-sbx-sid")).toEqual({ state: "missing" });
  });

  it("refuses a name sent twice (cookie tossing)", () => {
    expect(pickCookie("__Host-sbx-sid=a; __Host-sbx-sid=b", "__Host-sbx-sid")).toEqual({ state: "duplicate", count: 2 });
  });
});

describe("redactCookieHeader", () => {
  it("hides every value but the visible cookies and names what it hid", () => {
    const result = redactCookieHeader("__Host-session-lab-progress=Fe26.secret; __Host-sbx-jwt=e30.e30.x; theme=dark", ["__Host-sbx-jwt"]);
    expect(result.header).toBe("__Host-session-lab-progress=…; __Host-sbx-jwt=e30.e30.x; theme=…");
    expect(result.redacted).toEqual(["__Host-session-lab-progress", "theme"]);
  });

  it("passes a missing header through as null", () => {
    expect(redactCookieHeader(undefined, [])).toEqual({ header: null, redacted: [] });
  });
});
