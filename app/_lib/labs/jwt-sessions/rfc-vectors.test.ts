/**
 * Faithfulness: the debugger's decoder and verifier against the RFCs' own examples, byte for byte, and
 * cross-checked with a second, independent implementation (fast-jwt for the JWTs; Node's crypto for the
 * JWS examples whose payload is not JSON, which a JWT library rightly refuses to read).
 *
 * Sources of the bytes: RFC 7515 Appendix A.1, A.2, A.3, A.5 and RFC 7519 §3.1 / §6.1
 * (https://www.rfc-editor.org/rfc/rfc7515#appendix-A, https://www.rfc-editor.org/rfc/rfc7519#section-3.1);
 * RFC 8037 Appendix A.1, A.4 (Ed25519); RFC 7520 §4.1, §4.3, §4.4 as published in the RFC's machine-readable
 * companion, github.com/ietf-jose/cookbook @13692b6 (jws/4_1…, 4_3…, 4_4…; curve25519/jws.json for RFC 8037).
 */
import { createPublicKey, verify as nodeVerify } from "node:crypto";
import { createVerifier } from "fast-jwt";
import { describe, expect, it } from "vitest";
import { decodeBase64url } from "./base64url";
import { decodeToken } from "./decode";
import { verifyToken } from "./verify";

/** RFC 7515 A.1 / RFC 7519 §3.1: the same HS256 JWT. Its header and claims contain CRLFs and spaces. */
const A1_TOKEN =
  "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const A1_KEY = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";
const A_PAYLOAD_TEXT = '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}';

const A2_TOKEN =
  "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";
const A2_JWK = {
  kty: "RSA",
  n: "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ",
  e: "AQAB",
};

const A3_TOKEN =
  "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
const A3_JWK = { kty: "EC", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0" };

/** RFC 7515 A.5 / RFC 7519 §6.1: an Unsecured JWS. */
const A5_TOKEN = "eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.";

/** RFC 8037 A.1 key, A.4 signature. */
const ED_TOKEN = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
const ED_JWK = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" };

/** RFC 7520: the payload of §4.1–4.4 (a quote; not JSON). */
const FRODO = "It’s a dangerous business, Frodo, going out your door. You step onto the road, and if you don't keep your feet, there’s no knowing where you might be swept off to.";
const FRODO_B64 = "SXTigJlzIGEgZGFuZ2Vyb3VzIGJ1c2luZXNzLCBGcm9kbywgZ29pbmcgb3V0IHlvdXIgZG9vci4gWW91IHN0ZXAgb250byB0aGUgcm9hZCwgYW5kIGlmIHlvdSBkb24ndCBrZWVwIHlvdXIgZmVldCwgdGhlcmXigJlzIG5vIGtub3dpbmcgd2hlcmUgeW91IG1pZ2h0IGJlIHN3ZXB0IG9mZiB0by4";
const R41_TOKEN = `eyJhbGciOiJSUzI1NiIsImtpZCI6ImJpbGJvLmJhZ2dpbnNAaG9iYml0b24uZXhhbXBsZSJ9.${FRODO_B64}.MRjdkly7_-oTPTS3AXP41iQIGKa80A0ZmTuV5MEaHoxnW2e5CZ5NlKtainoFmKZopdHM1O2U4mwzJdQx996ivp83xuglII7PNDi84wnB-BDkoBwA78185hX-Es4JIwmDLJK3lfWRa-XtL0RnltuYv746iYTh_qHRD68BNt1uSNCrUCTJDt5aAE6x8wW1Kt9eRo4QPocSadnHXFxnt8Is9UzpERV0ePPQdLuW3IS_de3xyIrDaLGdjluPxUAhb6L2aXic1U12podGU0KLUQSE_oI-ZnmKJ3F4uOZDnd6QZWJushZ41Axf_fcIe8u9ipH84ogoree7vjbU5y18kDquDg`;
const R41_JWK = {
  kty: "RSA",
  kid: "bilbo.baggins@hobbiton.example",
  use: "sig",
  n: "n4EPtAOCc9AlkeQHPzHStgAbgs7bTZLwUBZdR8_KuKPEHLd4rHVTeT-O-XV2jRojdNhxJWTDvNd7nqQ0VEiZQHz_AJmSCpMaJMRBSFKrKb2wqVwGU_NsYOYL-QtiWN2lbzcEe6XC0dApr5ydQLrHqkHHig3RBordaZ6Aj-oBHqFEHYpPe7Tpe-OfVfHd1E6cS6M1FZcD1NNLYD5lFHpPI9bTwJlsde3uhGqC0ZCuEHg8lhzwOHrtIQbS0FVbb9k3-tVTU4fg_3L_vniUFAKwuCLqKnS2BYwdq_mzSnbLY7h_qixoR7jig3__kRhuaxwUkRz5iaiQkqgc5gHdrNP5zw",
  e: "AQAB",
};
const R43_TOKEN = `eyJhbGciOiJFUzUxMiIsImtpZCI6ImJpbGJvLmJhZ2dpbnNAaG9iYml0b24uZXhhbXBsZSJ9.${FRODO_B64}.AE_R_YZCChjn4791jSQCrdPZCNYqHXCTZH0-JZGYNlaAjP2kqaluUIIUnC9qvbu9Plon7KRTzoNEuT4Va2cmL1eJAQy3mtPBu_u_sDDyYjnAMDxXPn7XrT0lw-kvAD890jl8e2puQens_IEKBpHABlsbEPX6sFY8OcGDqoRuBomu9xQ2`;
const R43_JWK = {
  kty: "EC",
  kid: "bilbo.baggins@hobbiton.example",
  use: "sig",
  crv: "P-521",
  x: "AHKZLLOsCOzz5cY97ewNUajB957y-C-U88c3v13nmGZx6sYl_oJXu9A5RkTKqjqvjyekWF-7ytDyRXYgCF5cj0Kt",
  y: "AdymlHvOiLxXkEhayXQnNCvDX4h9htZaCJN34kfmC6pV5OhQHiraVySsUdaQkAgDPrwQrJmbnX9cwlGfP-HqHZR1",
};
const R44_TOKEN = `eyJhbGciOiJIUzI1NiIsImtpZCI6IjAxOGMwYWU1LTRkOWItNDcxYi1iZmQ2LWVlZjMxNGJjNzAzNyJ9.${FRODO_B64}.s0h6KThzkfBBBkLspW1h84VsJZFTsPPqMDA7g1Md7p0`;
const R44_KEY = "hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg";

/** Just before the RFC examples' exp (2011-03-22T18:43:00Z), so they are still valid "now". */
const RFC_NOW = 1300819000;

const pem = (jwk: object) => createPublicKey({ key: jwk as never, format: "jwk" }).export({ type: "spki", format: "pem" }).toString();
const jwks = (...keys: object[]) => JSON.stringify({ keys });
const flip = (token: string) => token.slice(0, -2) + (token.at(-2) === "A" ? "B" : "A") + token.at(-1);

describe("RFC 7515 Appendix A / RFC 7519 §3.1: decode exactly as the RFC prints", () => {
  it("A.1 header and claims, CRLFs included", () => {
    const d = decodeToken(A1_TOKEN);
    expect(d.errors).toEqual([]);
    expect(d.header).toEqual({ typ: "JWT", alg: "HS256" });
    expect(d.payload).toEqual({ iss: "joe", exp: 1300819380, "http://example.com/is_root": true });
    const raw = decodeBase64url(A1_TOKEN.split(".")[1]!);
    expect(raw.ok && new TextDecoder().decode(raw.bytes)).toBe(A_PAYLOAD_TEXT);
    expect(d.signatureBytes).toBe(32);
  });
  it("A.2 and A.3 carry the same claims; signatures are 256 and 64 bytes", () => {
    expect(decodeToken(A2_TOKEN).signatureBytes).toBe(256);
    expect(decodeToken(A3_TOKEN).signatureBytes).toBe(64);
    expect(decodeToken(A3_TOKEN).payload).toEqual(decodeToken(A1_TOKEN).payload);
  });
  it("A.5 decodes as an Unsecured JWS with an empty signature", () => {
    const d = decodeToken(A5_TOKEN);
    expect(d.header).toEqual({ alg: "none" });
    expect(d.segments[2]).toEqual({ name: "signature", text: "" });
  });
});

describe("verify: each vector with the right key and pinned algorithm, and with jose's refusal when tampered", () => {
  const cases = [
    { name: "RFC 7515 A.1 / RFC 7519 §3.1 HS256 (JWK oct)", token: A1_TOKEN, alg: "HS256", keyKind: "secret" as const, keyText: A1_KEY, secretEncoding: "base64url" as const },
    { name: "RFC 7515 A.2 RS256 (PEM)", token: A2_TOKEN, alg: "RS256", keyKind: "pem" as const, keyText: pem(A2_JWK) },
    { name: "RFC 7515 A.2 RS256 (JWK)", token: A2_TOKEN, alg: "RS256", keyKind: "jwk" as const, keyText: JSON.stringify(A2_JWK) },
    { name: "RFC 7515 A.3 ES256 (JWKS, no kid)", token: A3_TOKEN, alg: "ES256", keyKind: "jwks" as const, keyText: jwks(A3_JWK) },
    { name: "RFC 8037 A.4 Ed25519", token: ED_TOKEN, alg: "EdDSA", keyKind: "jwk" as const, keyText: JSON.stringify(ED_JWK) },
    { name: "RFC 7520 §4.1 RS256 (JWKS chosen by kid)", token: R41_TOKEN, alg: "RS256", keyKind: "jwks" as const, keyText: jwks({ ...A2_JWK, kid: "someone-else" }, R41_JWK) },
    { name: "RFC 7520 §4.3 ES512 (JWK)", token: R43_TOKEN, alg: "ES512", keyKind: "jwk" as const, keyText: JSON.stringify(R43_JWK) },
    { name: "RFC 7520 §4.4 HS256 (base64url secret)", token: R44_TOKEN, alg: "HS256", keyKind: "secret" as const, keyText: R44_KEY, secretEncoding: "base64url" as const },
  ];
  for (const c of cases) {
    it(`${c.name}: valid`, async () => {
      const result = await verifyToken({ ...c, algorithms: [c.alg], now: RFC_NOW });
      expect(result).toMatchObject({ ok: true, alg: c.alg });
    });
    it(`${c.name}: one changed signature character is refused at the signature`, async () => {
      const result = await verifyToken({ ...c, token: flip(c.token), algorithms: [c.alg], now: RFC_NOW });
      expect(result).toMatchObject({ ok: false, stage: "signature" });
    });
    it(`${c.name}: refused when its algorithm is not pinned`, async () => {
      const result = await verifyToken({ ...c, algorithms: [c.alg === "HS256" ? "RS256" : "HS256"], now: RFC_NOW });
      expect(result).toMatchObject({ ok: false, stage: "algorithm" });
    });
  }
  it("the JWT vectors are expired today (exp 2011-03-22T18:43:00Z)", async () => {
    const result = await verifyToken({ token: A1_TOKEN, keyKind: "secret", keyText: A1_KEY, secretEncoding: "base64url", algorithms: ["HS256"], now: RFC_NOW + 400 });
    expect(result).toMatchObject({ ok: false, stage: "claims" });
    if (!result.ok) expect(result.message).toContain("2011-03-22T18:43:00.000Z");
  });
  it("RFC 7515 A.5 (alg none) is refused, even with every algorithm allowed", async () => {
    const result = await verifyToken({ token: A5_TOKEN, keyKind: "secret", keyText: "x", algorithms: ["HS256", "RS256", "ES256", "EdDSA", "none"], now: RFC_NOW });
    expect(result).toMatchObject({ ok: false, stage: "algorithm" });
  });
  it("A.2's RSA public key used as an HMAC secret (RS→HS confusion) is refused", async () => {
    const result = await verifyToken({ token: A1_TOKEN, keyKind: "pem", keyText: pem(A2_JWK), algorithms: ["HS256", "RS256"], now: RFC_NOW });
    expect(result).toMatchObject({ ok: false, stage: "key" });
  });
});

describe("second implementation: fast-jwt agrees on every JWT vector", () => {
  const clockTimestamp = RFC_NOW * 1000;
  it("RFC 7515 A.1 / RFC 7519 §3.1 HS256", () => {
    const verify = createVerifier({ key: Buffer.from(A1_KEY, "base64url"), algorithms: ["HS256"], clockTimestamp });
    expect(verify(A1_TOKEN)).toEqual({ iss: "joe", exp: 1300819380, "http://example.com/is_root": true });
    expect(() => verify(flip(A1_TOKEN))).toThrow(/signature/i);
  });
  it("RFC 7515 A.2 RS256", () => {
    const verify = createVerifier({ key: pem(A2_JWK), algorithms: ["RS256"], clockTimestamp });
    expect(verify(A2_TOKEN)).toMatchObject({ iss: "joe" });
    expect(() => verify(flip(A2_TOKEN))).toThrow(/signature/i);
  });
  it("RFC 7515 A.3 ES256", () => {
    const verify = createVerifier({ key: pem(A3_JWK), algorithms: ["ES256"], clockTimestamp });
    expect(verify(A3_TOKEN)).toMatchObject({ iss: "joe" });
  });
  it("RFC 7515 A.5 unsecured: fast-jwt refuses it too when a key is configured", () => {
    const verify = createVerifier({ key: Buffer.from(A1_KEY, "base64url"), algorithms: ["HS256"], clockTimestamp });
    expect(() => verify(A5_TOKEN)).toThrow();
  });
  it("both say expired after exp", () => {
    const verify = createVerifier({ key: Buffer.from(A1_KEY, "base64url"), algorithms: ["HS256"], clockTimestamp: (RFC_NOW + 400) * 1000 });
    expect(() => verify(A1_TOKEN)).toThrow(/expired/i);
  });
});

describe("second implementation: Node's crypto agrees on the non-JSON JWS vectors (RFC 7520, RFC 8037)", () => {
  const input = (token: string) => Buffer.from(token.split(".").slice(0, 2).join("."));
  const sig = (token: string) => Buffer.from(token.split(".")[2]!, "base64url");
  it("RFC 7520 §4.1 RS256", () => {
    expect(nodeVerify("sha256", input(R41_TOKEN), createPublicKey({ key: R41_JWK as never, format: "jwk" }), sig(R41_TOKEN))).toBe(true);
  });
  it("RFC 7520 §4.3 ES512 (raw r||s, IEEE P1363)", () => {
    expect(nodeVerify("sha512", input(R43_TOKEN), { key: createPublicKey({ key: R43_JWK as never, format: "jwk" }), dsaEncoding: "ieee-p1363" }, sig(R43_TOKEN))).toBe(true);
  });
  it("RFC 8037 A.4 Ed25519", () => {
    expect(nodeVerify(null, input(ED_TOKEN), createPublicKey({ key: ED_JWK as never, format: "jwk" }), sig(ED_TOKEN))).toBe(true);
  });
  it("RFC 7520's payload decodes to the quote, curly apostrophes included", () => {
    const d = decodeToken(R41_TOKEN);
    expect(d.payload).toBeNull();
    expect(d.payloadText).toBe(FRODO);
    expect(d.errors).toEqual([]);
  });
});
