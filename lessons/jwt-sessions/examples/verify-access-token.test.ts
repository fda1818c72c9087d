import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { verifyAccessToken, type Denylist } from "./verify-access-token";

async function setup() {
  const { publicKey, privateKey } = await generateKeyPair("ES256");
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "ES256" }] };
  const sign = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256", typ: "at+jwt", kid: "k1", ...header })
      .setIssuer("https://id.example")
      .setAudience(typeof claims.aud === "string" ? claims.aud : "https://api.example")
      .setSubject("user-42")
      .setJti("t-1")
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(privateKey);
  const none: Denylist = { has: async () => false };
  return { jwks, sign, none };
}

describe("the lesson's verifyAccessToken", () => {
  it("accepts a token that meets the policy", async () => {
    const { jwks, sign, none } = await setup();
    await expect(verifyAccessToken(await sign({}), jwks, none)).resolves.toMatchObject({ sub: "user-42" });
  });
  it("refuses another audience, an ID token's typ, a denied jti, alg none", async () => {
    const { jwks, sign, none } = await setup();
    await expect(verifyAccessToken(await sign({ aud: "https://billing.example" }), jwks, none)).rejects.toThrow(/aud/);
    await expect(verifyAccessToken(await sign({}, { typ: "JWT" }), jwks, none)).rejects.toThrow(/typ/);
    await expect(verifyAccessToken(await sign({}), jwks, { has: async (iss, jti) => iss === "https://id.example" && jti === "t-1" })).rejects.toThrow(/revoked/);
    const [, payload] = (await sign({})).split(".");
    await expect(verifyAccessToken(`eyJhbGciOiJub25lIn0.${payload}.`, jwks, none)).rejects.toThrow();
  });
});
