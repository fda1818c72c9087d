import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, SignJWT, type JWTHeaderParameters } from "jose";
import { z } from "zod";
import { sessionDataSchema, TOKEN_TTL_MS, type NoSessionReason } from "../contract";
import { ExpiringLru } from "../cache/expiring-lru";

/** Pinned: the header's alg must be one of these, so `none`, HS512 or an RS/HS confusion never reach a key. */
export const JWT_ALGORITHMS = ["HS256"] as const;
export const JWT_REQUIRED_CLAIMS = ["exp", "iat", "jti", "sub", "iss", "aud"] as const;
export const JWT_ISSUER = "session-lab-sandbox";
export const JWT_AUDIENCE = "session-lab-sandbox";
/** RFC 7518 §3.2: an HS256 key must be at least 256 bits. */
export const MIN_HS256_KEY_BYTES = 32;

export type JwtSession = { jti: string; user: string; data: Record<string, string>; iat: number; exp: number };

export type VerifyResult =
  | { ok: true; session: JwtSession; expiresAt: number }
  | { ok: false; reason: NoSessionReason; detail: string };

const claimsSchema = z.object({
  jti: z.string().min(16).max(64),
  sub: z.string(),
  data: sessionDataSchema,
  iat: z.number(),
  exp: z.number(),
});

const MAX_TOKEN_CHARS = 4096;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

class UnknownKidError extends Error {}

export type JwtCodec = ReturnType<typeof createJwtCodec>;

/**
 * Signs and verifies sandbox JWTs. `keys` maps a key id to ≥ 256-bit secret bytes; the highest id signs
 * and goes in the `kid` header; verification looks the kid up in this map only (never in the token's jwk/jku).
 */
export function createJwtCodec(keys: Record<string, Uint8Array>, options: { ttlMs?: number; memoEntries?: number } = {}) {
  const ids = Object.keys(keys);
  if (ids.length === 0) throw new Error("createJwtCodec needs at least one key");
  for (const [kid, key] of Object.entries(keys)) {
    if (key.length < MIN_HS256_KEY_BYTES) throw new Error(`JWT key ${kid} is ${key.length * 8} bits; HS256 needs at least 256.`);
  }
  const currentKid = ids.reduce((a, b) => (Number(b) > Number(a) ? b : a));
  const ttlMs = options.ttlMs ?? TOKEN_TTL_MS;
  const memo = new ExpiringLru<JwtSession>(options.memoEntries ?? 512);

  // Imported once per key and use: handing jose the raw bytes made it import the same HMAC key again for every token.
  const imported = new Map<string, Promise<CryptoKey>>();
  const hmacKey = (kid: string, use: "sign" | "verify") => {
    const id = `${use} ${kid}`;
    let key = imported.get(id);
    if (!key) {
      key = crypto.subtle.importKey("raw", new Uint8Array(keys[kid]!), { name: "HMAC", hash: "SHA-256" }, false, [use]);
      imported.set(id, key);
    }
    return key;
  };
  const currentSigningKey = () => hmacKey(currentKid, "sign");

  /**
   * A token this codec just signed goes into the verification memo as what verifying it would give, so the
   * browser's next request with it needs no HMAC either. Tokens from anywhere else are verified by jose.
   */
  async function sign(session: { jti: string; user: string; data: Record<string, string> }, now = Date.now()): Promise<{ token: string; expiresAt: number }> {
    const iat = Math.floor(now / 1000);
    const exp = iat + Math.floor(ttlMs / 1000);
    const token = await new SignJWT({ data: session.data })
      .setProtectedHeader({ alg: "HS256", typ: "JWT", kid: currentKid })
      .setSubject(session.user)
      .setJti(session.jti)
      .setIssuer(JWT_ISSUER)
      .setAudience(JWT_AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(await currentSigningKey());
    memo.set(token, { jti: session.jti, user: session.user, data: { ...session.data }, iat, exp }, exp * 1000);
    return { token, expiresAt: exp * 1000 };
  }

  async function verify(token: string, now = Date.now()): Promise<VerifyResult> {
    if (token.length > MAX_TOKEN_CHARS || !JWT_SHAPE.test(token)) {
      return { ok: false, reason: "malformed", detail: "A JWT is three base64url parts separated by dots." };
    }
    const hit = memo.get(token, now);
    if (hit) return { ok: true, session: hit, expiresAt: hit.exp * 1000 };
    try {
      const { payload } = await jwtVerify(
        token,
        (header: JWTHeaderParameters) => {
          // hasOwn first: a kid of "__proto__" or "constructor" must not reach the prototype.
          if (header.kid === undefined || !Object.hasOwn(keys, header.kid)) throw new UnknownKidError(`kid ${JSON.stringify(header.kid)}`);
          return hmacKey(header.kid, "verify");
        },
        {
          algorithms: [...JWT_ALGORITHMS],
          requiredClaims: [...JWT_REQUIRED_CLAIMS],
          issuer: JWT_ISSUER,
          audience: JWT_AUDIENCE,
          // ASVS 9.2.2: only this kind of token, not any JWT the same key might have signed.
          typ: "JWT",
          currentDate: new Date(now),
        },
      );
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) {
        return { ok: false, reason: "invalid-claims", detail: `Claim "${claims.error.issues[0]?.path.join(".") || "claims"}" does not have the expected type.` };
      }
      const session: JwtSession = { jti: claims.data.jti, user: claims.data.sub, data: claims.data.data, iat: claims.data.iat, exp: claims.data.exp };
      memo.set(token, session, session.exp * 1000);
      return { ok: true, session, expiresAt: session.exp * 1000 };
    } catch (error) {
      return classify(error, token);
    }
  }

  return { sign, verify, ttlMs, currentKid, memoSize: () => memo.size };
}

function headerAlg(token: string): string {
  try {
    return JSON.stringify(decodeProtectedHeader(token).alg ?? null);
  } catch {
    return "unreadable";
  }
}

function classify(error: unknown, token: string): VerifyResult & { ok: false } {
  if (error instanceof UnknownKidError) return { ok: false, reason: "unknown-key", detail: `Its header names ${error.message}.` };
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return { ok: false, reason: "wrong-alg", detail: `This one says alg ${headerAlg(token)}; it was refused before any key or signature was looked at.` };
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: "tampered", detail: "The HS256 signature does not match the header and claims." };
  if (error instanceof errors.JWTExpired) return { ok: false, reason: "expired", detail: "Its exp claim is in the past." };
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "nbf") return { ok: false, reason: "not-yet-valid", detail: "" };
    return { ok: false, reason: "invalid-claims", detail: `Claim "${error.claim}": ${error.message}.` };
  }
  if (error instanceof errors.JOSEError) return { ok: false, reason: "malformed", detail: `${error.message}.` };
  return { ok: false, reason: "malformed", detail: "" };
}

/** Anyone can do this without a key: a signed JWT is encoded, not encrypted. */
export function decodeUnverified(token: string): { header: Record<string, unknown> | null; claims: Record<string, unknown> | null; signature: string | null } {
  const parts = token.split(".");
  let header: Record<string, unknown> | null = null;
  let claims: Record<string, unknown> | null = null;
  try {
    header = decodeProtectedHeader(token) as Record<string, unknown>;
  } catch {
    header = null;
  }
  try {
    claims = decodeJwt(token) as Record<string, unknown>;
  } catch {
    claims = null;
  }
  return { header, claims, signature: parts.length === 3 ? parts[2]! : null };
}
