import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64url, encodeBase64url, encodeText } from "./base64url";
import { decodeToken } from "./decode";
import { lintToken } from "./lint";
import { signToken } from "./sign";
import { parseStrictJson } from "./strict-json";
import { verifyToken } from "./verify";

const tokenish = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.oneof(fc.base64String(), fc.string(), fc.constant(""), fc.json().map(encodeText)), { maxLength: 6 }).map((parts) => parts.join(".")),
  fc.tuple(fc.json(), fc.json(), fc.base64String()).map(([h, p, s]) => `${encodeText(h)}.${encodeText(p)}.${s.replace(/=/g, "")}`),
);

describe("properties", () => {
  it("base64url round-trips any bytes, canonically", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const back = decodeBase64url(encodeBase64url(bytes));
        return back.ok && back.canonical && back.bytes.length === bytes.length && back.bytes.every((b, i) => b === bytes[i]);
      }),
    );
  });
  it("decode and lint never throw, and every refusal has a message", () => {
    fc.assert(
      fc.property(tokenish, (input) => {
        const d = decodeToken(input);
        lintToken(d, { maxLifetimeSec: 900, now: 1_800_000_000 });
        return d.errors.every((e) => e.message.length > 10);
      }),
      { numRuns: 400 },
    );
  });
  it("strict JSON agrees with JSON.parse on what is valid", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const r = parseStrictJson(text);
        return r.ok === valid || (!r.ok && r.message.includes("deeper"));
      }),
      { numRuns: 300 },
    );
  });
  it("verify never throws (any token, any key text, any algorithm list)", async () => {
    await fc.assert(
      fc.asyncProperty(tokenish, fc.constantFrom("secret", "pem", "jwk", "jwks"), fc.oneof(fc.string(), fc.json()), fc.subarray(["HS256", "RS256", "ES256", "EdDSA", "none", "x"]), async (token, keyKind, keyText, algorithms) => {
        const r = await verifyToken({ token, keyKind: keyKind as never, keyText, algorithms, now: 1_800_000_000 });
        return r.ok || r.message.length > 10;
      }),
      { numRuns: 150 },
    );
  });
  it("sign then verify round-trips HS256 for any claims object", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.integer(), fc.boolean())), async (claims) => {
        const signed = await signToken({ alg: "HS256", headerJson: '{"typ":"JWT"}', payloadJson: JSON.stringify(claims), keyText: "k".repeat(32) });
        if (!signed.ok) return false;
        const r = await verifyToken({ token: signed.token, keyKind: "secret", keyText: "k".repeat(32), algorithms: ["HS256"], now: 1 });
        return r.ok || (!r.ok && r.stage === "claims");
      }),
      { numRuns: 60 },
    );
  });
  it("caps: every field over 16 kB is refused with a message, not processed", async () => {
    const big = "a".repeat(16 * 1024 + 1);
    expect((await verifyToken({ token: big, keyKind: "secret", keyText: "x", algorithms: ["HS256"], now: 1 })).ok).toBe(false);
    const r = await verifyToken({ token: "a.b.c", keyKind: "secret", keyText: big, algorithms: ["HS256"], now: 1 });
    expect(r).toMatchObject({ ok: false, field: "key", message: expect.stringContaining("16 kB") });
    expect(await signToken({ alg: "HS256", headerJson: "{}", payloadJson: big, keyText: "x" })).toMatchObject({ ok: false, field: "payload" });
  });
});

describe("URL state", () => {
  it("round-trips, and any string decodes to a valid state", async () => {
    const { decodeUrlState, encodeUrlState, DEFAULT_STATE } = await import("./url-state");
    const state = { ...DEFAULT_STATE, preset: "rfc7519", algorithms: ["HS256", "ES256"], audience: "api", attack: "jku" as const };
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
    fc.assert(fc.property(fc.string({ maxLength: 700 }), (s) => typeof decodeUrlState(s).preset === "string"));
  });
});
