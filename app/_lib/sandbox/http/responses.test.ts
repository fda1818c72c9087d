import { describe, expect, it } from "vitest";
import { errorResponse, jsonResponse } from "./responses";

describe("jsonResponse", () => {
  it("sends JSON with no-store, nosniff and every Set-Cookie as its own header", async () => {
    const response = jsonResponse(201, { a: 1 }, { setCookies: ["a=1; Path=/", "b=2; Path=/"] });
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(await response.json()).toEqual({ a: 1 });
  });

  it("lets extra headers add to the base headers or replace one of them, whatever their case", () => {
    const response = errorResponse(503, { error: "store-unavailable", message: "down" }, { headers: { "Retry-After": "5", "cache-control": "no-store, private" } });
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store, private");
    expect([...response.headers.keys()].filter((name) => name === "cache-control")).toHaveLength(1);
  });
});
