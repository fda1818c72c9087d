import { createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from "jose";

/** What this API accepts, decided here and never read from the token. */
const POLICY = {
  algorithms: ["ES256"], // pinned: none, HS256 and the rest are refused before any key is used
  issuer: "https://id.example",
  audience: "https://api.example", // a token minted for another service is refused
  typ: "at+jwt", // RFC 9068 access tokens only, not ID tokens from the same issuer
  requiredClaims: ["exp", "iat", "jti", "sub"],
};

export type Denylist = { has(iss: string, jti: string): Promise<boolean> };

export async function verifyAccessToken(token: string, jwks: JSONWebKeySet, denied: Denylist): Promise<JWTPayload> {
  // Keys come from the issuer's JWKS that we configured; kid picks one of THOSE keys.
  const keys = createLocalJWKSet(jwks);
  const { payload } = await jwtVerify(token, keys, { ...POLICY, clockTolerance: 30 });
  // Revocation keys on (iss, jti), never on the token's text: one token has many spellings.
  if (await denied.has(payload.iss!, payload.jti!)) throw new Error("token revoked");
  return payload;
}
