import { describe, expect, it } from "vitest";
import { canonicalAddress, clientAddress } from "./client-address";

describe("canonicalAddress", () => {
  it.each([
    ["1.2.3.4", "1.2.3.4"],
    ["01.2.3.4", "1.2.3.4"],
    ["001.002.003.004", "1.2.3.4"],
    ["1.2.3.4:80", "1.2.3.4"],
    ["[1.2.3.4]", "1.2.3.4"],
    ["::ffff:1.2.3.4", "1.2.3.4"],
    ["::FFFF:0102:0304", "1.2.3.4"],
    ["[::ffff:1.2.3.4]:443", "1.2.3.4"],
    ["2001:DB8:0:0:0:0:0:1", "2001:db8::1"],
    ["[2001:db8::1]:8080", "2001:db8::1"],
  ])("spells %s as %s", (raw, canonical) => {
    expect(canonicalAddress(raw)).toBe(canonical);
  });

  it.each(["", "unknown", "1.2.3.256", "1.2.3", "evil.example", "1.2.3.4.5", "::gg"])("refuses %j", (raw) => {
    expect(canonicalAddress(raw)).toBeNull();
  });
});

describe("clientAddress", () => {
  const headers = (xff: string) => new Headers({ "x-forwarded-for": xff });

  it("believes nothing when no proxy is trusted, whatever the client wrote", () => {
    expect(clientAddress(headers("9.9.9.9"), 0)).toBeNull();
  });

  it("takes the entry the outermost trusted proxy wrote, not what the client prepended", () => {
    expect(clientAddress(headers("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(headers("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("is null when there are fewer entries than trusted proxies, or the entry is not an address", () => {
    expect(clientAddress(headers("203.0.113.7"), 2)).toBeNull();
    expect(clientAddress(new Headers(), 1)).toBeNull();
    expect(clientAddress(headers("not-an-ip"), 1)).toBeNull();
  });
});
