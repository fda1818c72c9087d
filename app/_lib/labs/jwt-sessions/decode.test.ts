import { describe, expect, it } from "vitest";
import { decodeBase64url, encodeBase64url, encodeText, nonCanonicalVariant } from "./base64url";
import { claimNotes, claimRows } from "./claims";
import { decodeToken } from "./decode";
import { parseStrictJson } from "./strict-json";

const token = (header: string, payload: string, sig = "sig") => `${encodeText(header)}.${encodeText(payload)}.${sig}`;

describe("base64url", () => {
  it("round-trips bytes and refuses padding, '+' and '/', and 4n+1 lengths with a reason", () => {
    const bytes = new Uint8Array([0, 255, 1, 2, 250]);
    const encoded = encodeBase64url(bytes);
    const back = decodeBase64url(encoded);
    expect(back.ok && [...back.bytes]).toEqual([...bytes]);
    expect(decodeBase64url("YQ==")).toMatchObject({ ok: false, message: expect.stringContaining("padding") });
    expect(decodeBase64url("a+b/")).toMatchObject({ ok: false, message: expect.stringContaining("plain base64") });
    expect(decodeBase64url("abcde")).toMatchObject({ ok: false, message: expect.stringContaining("4n+1") });
  });
  it("spots a non-canonical spelling: same bytes, different text", () => {
    const canonical = encodeText("hi"); // "aGk"
    const variant = nonCanonicalVariant(canonical)!;
    expect(variant).not.toBe(canonical);
    const a = decodeBase64url(canonical);
    const b = decodeBase64url(variant);
    expect(a.ok && b.ok && [...a.bytes]).toEqual(b.ok && [...b.bytes]);
    expect(b).toMatchObject({ canonical: false });
    expect(nonCanonicalVariant("abcd")).toBeNull();
  });
});

describe("strict JSON", () => {
  it("reports duplicate names with their path, and keeps the last value like JSON.parse", () => {
    const r = parseStrictJson('{"a":1,"b":{"c":1,"c":2},"a":3}');
    expect(r).toMatchObject({ ok: true, value: { a: 3, b: { c: 2 } }, duplicates: ["b.c", "a"] });
  });
  it("reports integers a double cannot hold, not ones it can", () => {
    const r = parseStrictJson('{"id":9007199254740993,"ok":9007199254740992,"big":1e400}');
    expect(r.ok && r.hugeNumbers.map((h) => h.path)).toEqual(["id", "big"]);
  });
  it("refuses deep nesting and bad JSON with a message", () => {
    expect(parseStrictJson("[".repeat(40) + "]".repeat(40))).toMatchObject({ ok: false, message: expect.stringContaining("deeper") });
    expect(parseStrictJson("{nope}")).toMatchObject({ ok: false, message: expect.stringContaining("not valid JSON") });
  });
});

describe("decodeToken: a precise message for each kind of bad input", () => {
  it("wrong segment counts", () => {
    expect(decodeToken("abc").errors[0]!.message).toContain("this has 1 part (0 dots)");
    expect(decodeToken("a.b").errors[0]!.message).toContain("2 parts (1 dot)");
    expect(decodeToken("a.b.c.d").errors[0]!.message).toContain("4 parts (3 dots)");
  });
  it("empty, whitespace, oversize", () => {
    expect(decodeToken("  ").errors[0]!.message).toContain("Paste a token");
    expect(decodeToken("a. b.c").errors[0]!.message).toContain("spaces");
    expect(decodeToken("a".repeat(17 * 1024)).errors[0]!.message).toContain("16 kB");
  });
  it("bad base64url, not UTF-8, not JSON, not an object, no alg", () => {
    expect(decodeToken("e+J.e30.x").errors[0]).toMatchObject({ part: "header", message: expect.stringContaining("not a base64url character") });
    expect(decodeToken(`${encodeBase64url(new Uint8Array([0xff, 0xfe]))}.e30.x`).errors[0]!.message).toContain("not UTF-8");
    expect(decodeToken(token("{alg:1}", "{}")).errors[0]!.message).toContain("not valid JSON");
    expect(decodeToken(token("[1]", "{}")).errors[0]!.message).toContain("not an object");
    expect(decodeToken(token("{}", "{}")).errors[0]!.message).toContain('no "alg"');
  });
  it("duplicate header names are an error; duplicate claims and huge numbers are warnings", () => {
    expect(decodeToken(token('{"alg":"HS256","alg":"none"}', "{}")).errors[0]!.message).toContain("repeats");
    const d = decodeToken(token('{"alg":"HS256"}', '{"role":"user","role":"admin","n":12345678901234567890}'));
    expect(d.errors).toEqual([]);
    expect(d.payload).toMatchObject({ role: "admin" });
    expect(d.warnings.map((w) => w.message).join(" ")).toMatch(/repeat "role".*cannot hold exactly/s);
  });
  it("a non-canonical signature is a warning", () => {
    const t = token('{"alg":"HS256"}', "{}", "aGk");
    expect(decodeToken(t.slice(0, -1) + nonCanonicalVariant("aGk")!.slice(-1)).warnings[0]!.message).toContain("non-canonical");
  });
  it("five parts are read as a JWE: header only", () => {
    const d = decodeToken(`${encodeText('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.a.b.c.d`);
    expect(d).toMatchObject({ form: "jwe", header: { enc: "A256GCM" }, payload: null, errors: [] });
  });
});

describe("claim rows", () => {
  it("explain registered claims and print NumericDates as dates", () => {
    const rows = claimRows({ exp: 1300819380, role: "admin" }, claimNotes, 1300819000);
    expect(rows[0]).toMatchObject({ key: "exp", name: "Expiration time", date: "2011-03-22T18:43:00Z (in 6 min)", source: "RFC 7519 §4.1.4" });
    expect(rows[1]).toMatchObject({ key: "role", name: null, value: '"admin"' });
  });
});
