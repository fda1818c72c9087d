import { base64url, SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createJwtCodec, decodeUnverified, JWT_AUDIENCE, JWT_ISSUER } from "./jwt-codec";

const key = new Uint8Array(32).fill(7);
const keys = { "1": key };
const session = { jti: "j".repeat(22), user: "Ana", data: { theme: "dark" } };
const now = Date.UTC(2026, 0, 1);

function claims(overrides: Record<string, unknown> = {}) {
  const iat = Math.floor(now / 1000);
  return { sub: "Ana", jti: "j".repeat(22), iss: JWT_ISSUER, aud: JWT_AUDIENCE, iat, exp: iat + 600, data: {}, ...overrides };
}

async function signWith(alg: string, payload: Record<string, unknown>, signKey: Uint8Array = key, header: Record<string, unknown> = { kid: "1" }) {
  return new SignJWT(payload).setProtectedHeader({ alg, typ: "JWT", ...header }).sign(signKey);
}

describe("createJwtCodec", () => {
  it("signs HS256 with a kid and verifies its own token", async () => {
    const codec = createJwtCodec(keys);
    const { token, expiresAt } = await codec.sign(session, now);
    expect(decodeUnverified(token).header).toEqual({ alg: "HS256", typ: "JWT", kid: "1" });
    const result = await codec.verify(token, now + 1000);
    expect(result).toMatchObject({ ok: true, session: { user: "Ana", data: { theme: "dark" }, jti: session.jti } });
    expect(expiresAt).toBe(Math.floor(now / 1000) * 1000 + 600_000);
  });

  it("refuses a key shorter than 256 bits", () => {
    expect(() => createJwtCodec({ "1": new Uint8Array(31) })).toThrow(/256/);
  });

  it("refuses alg none (an unsecured JWT)", async () => {
    const token = new UnsecuredJWT(claims()).encode();
    expect(await createJwtCodec(keys).verify(token, now)).toMatchObject({ ok: false, reason: "wrong-alg" });
  });

  it("refuses alg none even with a signature part attached", async () => {
    const valid = (await createJwtCodec(keys).sign(session, now)).token;
    const [, body, signature] = valid.split(".");
    const noneHeader = base64url.encode(JSON.stringify({ alg: "none", typ: "JWT", kid: "1" }));
    expect(await createJwtCodec(keys).verify(`${noneHeader}.${body}.${signature}`, now)).toMatchObject({ ok: false, reason: "wrong-alg" });
  });

  it("refuses HS512 signed with the right key (alg not pinned)", async () => {
    const token = await signWith("HS512", claims(), new Uint8Array(64).fill(7));
    expect(await createJwtCodec(keys).verify(token, now)).toMatchObject({ ok: false, reason: "wrong-alg" });
  });

  it("refuses a token without exp", async () => {
    const { exp: _drop, ...noExp } = claims();
    expect(await createJwtCodec(keys).verify(await signWith("HS256", noExp), now)).toMatchObject({ ok: false, reason: "invalid-claims" });
  });

  it("refuses an expired token", async () => {
    const token = await signWith("HS256", claims({ exp: Math.floor(now / 1000) - 1 }));
    expect(await createJwtCodec(keys).verify(token, now)).toMatchObject({ ok: false, reason: "expired" });
  });

  it("refuses a token not valid yet (nbf)", async () => {
    const token = await signWith("HS256", claims({ nbf: Math.floor(now / 1000) + 300 }));
    expect(await createJwtCodec(keys).verify(token, now)).toMatchObject({ ok: false, reason: "not-yet-valid" });
  });

  it("refuses a bad signature and a changed claim", async () => {
    const codec = createJwtCodec(keys);
    const token = (await codec.sign(session, now)).token;
    const forged = await signWith("HS256", claims(), new Uint8Array(32).fill(9));
    expect(await codec.verify(forged, now)).toMatchObject({ ok: false, reason: "tampered" });
    const [h, , s] = token.split(".");
    const admin = base64url.encode(JSON.stringify({ ...claims(), sub: "admin" }));
    expect(await codec.verify(`${h}.${admin}.${s}`, now)).toMatchObject({ ok: false, reason: "tampered" });
  });

  it("refuses the wrong issuer or audience", async () => {
    expect(await createJwtCodec(keys).verify(await signWith("HS256", claims({ iss: "evil" })), now)).toMatchObject({ ok: false, reason: "invalid-claims" });
    expect(await createJwtCodec(keys).verify(await signWith("HS256", claims({ aud: "other-app" })), now)).toMatchObject({ ok: false, reason: "invalid-claims" });
  });

  it("refuses a token whose typ is not JWT", async () => {
    const token = await signWith("HS256", claims(), key, { kid: "1", typ: "at+jwt" });
    expect(await createJwtCodec(keys).verify(token, now)).toMatchObject({ ok: false, reason: "invalid-claims" });
  });

  it("refuses unknown, missing and prototype-named kids", async () => {
    const codec = createJwtCodec(keys);
    for (const header of [{ kid: "9" }, {}, { kid: "__proto__" }, { kid: "constructor" }]) {
      expect(await codec.verify(await signWith("HS256", claims(), key, header), now)).toMatchObject({ ok: false, reason: "unknown-key" });
    }
  });

  it("refuses an embedded jwk header instead of trusting it", async () => {
    const attackerKey = new Uint8Array(32).fill(1);
    const token = await signWith("HS256", claims(), attackerKey, { kid: "1", jwk: { kty: "oct", k: base64url.encode(attackerKey) } });
    expect(await createJwtCodec(keys).verify(token, now)).toMatchObject({ ok: false, reason: "tampered" });
  });

  it("refuses a signed token whose data claim is not string → string", async () => {
    const token = await signWith("HS256", claims({ data: { n: 1 } }));
    expect(await createJwtCodec(keys).verify(token, now)).toMatchObject({ ok: false, reason: "invalid-claims" });
  });

  it.each([
    ["empty", ""],
    ["garbage", "not a token"],
    ["two parts", "a.b"],
    ["four parts", "a.b.c.d"],
    ["bad base64 header", "!!!.e30.sig"],
    ["header not JSON", `${base64url.encode("nope")}.e30.sig`],
    ["huge", "a".repeat(5000) + ".b.c"],
    ["a seal", "Fe26.2*1*a*b*c*1*d*e~2"],
  ])("says malformed for %s", async (_label, value) => {
    expect(await createJwtCodec(keys).verify(value, now)).toMatchObject({ ok: false, reason: "malformed" });
  });

  it("memoizes verified tokens only until exp", async () => {
    const codec = createJwtCodec(keys);
    const { token, expiresAt } = await codec.sign(session, now);
    await codec.verify(token, now);
    expect(codec.memoSize()).toBe(1);
    expect(await codec.verify(token, expiresAt + 1)).toMatchObject({ ok: false, reason: "expired" });
  });

  it("knows a token it signed without verifying it, and jose agrees with what it knows", async () => {
    const codec = createJwtCodec(keys);
    const { token } = await codec.sign(session, now);
    expect(codec.memoSize()).toBe(1);
    const fromMemo = await codec.verify(token, now + 1000);
    // A fresh codec has an empty memo, so jose checks the signature and claims (with the raw key bytes).
    const verified = await createJwtCodec(keys).verify(token, now + 1000);
    expect(verified.ok).toBe(true);
    expect(fromMemo).toEqual(verified);
  });
});

describe("decodeUnverified", () => {
  it("reads header and claims without any key, because a JWS is only encoded", async () => {
    const { token } = await createJwtCodec(keys).sign(session, now);
    const decoded = decodeUnverified(token);
    expect(decoded.claims).toMatchObject({ sub: "Ana", data: { theme: "dark" } });
    expect(decoded.signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("returns nulls for garbage instead of throwing", () => {
    expect(decodeUnverified("x")).toEqual({ header: null, claims: null, signature: null });
  });
});
