import { compactVerify, createLocalJWKSet, errors, importJWK, importSPKI, importX509, type CryptoKey, type JSONWebKeySet, type JWK, type JWSHeaderParameters } from "jose";
import { isHmac, isVerifyAlgorithm, minHmacBytes } from "./algorithms";
import { decodeBase64url } from "./base64url";
import { decodeToken, isObject } from "./decode";
import { overCap } from "./limits";
import { parseStrictJson } from "./strict-json";

export type KeyKind = "secret" | "pem" | "jwk" | "jwks";
export type SecretEncoding = "utf8" | "base64url";

export type VerifyInput = {
  token: string;
  keyKind: KeyKind;
  keyText: string;
  secretEncoding?: SecretEncoding;
  /** The algorithms the verifier accepts, pinned by the learner; the token's header never widens this. */
  algorithms: readonly string[];
  /** Seconds since 1970. */
  now: number;
  audience?: string;
  issuer?: string;
  /** Refuse a token without exp (RFC 9068 §2.2 makes exp required for access tokens). */
  requireExp?: boolean;
};

/** Which check refused the token, in the order a careful verifier runs them. */
export type VerifyStage = "input" | "token" | "algorithm" | "key" | "signature" | "claims";

export type VerifyResult =
  | { ok: true; alg: string; keyLabel: string; notes: string[] }
  | { ok: false; stage: VerifyStage; field: "token" | "key" | "algorithms" | "policy"; message: string; notes: string[] };

const fail = (stage: VerifyStage, field: "token" | "key" | "algorithms" | "policy", message: string, notes: string[] = []): VerifyResult => ({ ok: false, stage, field, message, notes });

/**
 * A careful verifier, built on `jose`: algorithm pinned by the caller (RFC 8725 §3.1), key chosen only
 * from the caller's keys (a JWKS by kid), signature, then exp/nbf/aud/iss. Never throws.
 */
export async function verifyToken(input: VerifyInput): Promise<VerifyResult> {
  try {
    return await verifyUnsafe(input);
  } catch (error) {
    return fail("key", "key", `The key could not be used: ${describe(error)}`);
  }
}

async function verifyUnsafe(input: VerifyInput): Promise<VerifyResult> {
  const tokenCap = overCap("The token", input.token);
  if (tokenCap) return fail("input", "token", tokenCap);
  const keyCap = overCap("The key", input.keyText);
  if (keyCap) return fail("input", "key", keyCap);
  const decoded = decodeToken(input.token);
  if (decoded.form === "jwe") return fail("token", "token", "This is a JWE (five parts): it is encrypted, not signed. Verifying it needs the recipient's decryption key; this debugger reads only its header.");
  if (decoded.errors.length > 0) return fail("token", "token", decoded.errors[0]!.message);
  const header = decoded.header!;
  const alg = header.alg as string;
  const notes: string[] = [];
  if (alg === "none") {
    return fail("algorithm", "token", "alg is \"none\": an Unsecured JWT (RFC 7519 §6) has no signature to check. A verifier that expects signed tokens must refuse it (RFC 8725 §3.1), and this one does.");
  }
  const allowed = input.algorithms.filter(isVerifyAlgorithm);
  if (allowed.length === 0) return fail("algorithm", "algorithms", "Pin at least one algorithm: a verifier must decide which algorithms it accepts, not the token (RFC 8725 §3.1).");
  if (!allowed.includes(alg as never)) {
    return fail("algorithm", "token", `The header says alg ${JSON.stringify(alg)}, which is not in your allowed list (${allowed.join(", ")}). Refused before any key is touched: this is what stops algorithm confusion (RFC 8725 §2.1, §3.1).`);
  }
  if (decoded.warnings.some((w) => w.part === "payload" && w.message.includes("repeat"))) {
    return fail("token", "token", "The claims repeat a name. RFC 7519 §4 lets a parser reject such a token or keep the last value; this verifier rejects it, because two services that choose differently would read different claims.");
  }
  const key = await resolveKey(input, alg, header, notes);
  if ("message" in key) return fail("key", "key", key.message, notes);
  try {
    await compactVerify(input.token.trim(), key.key, { algorithms: [alg] });
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return fail("signature", "token", `The ${alg} signature does not match the header and payload with ${key.label}. The token was changed, or signed with another key.`, notes);
    if (error instanceof errors.JWKSNoMatchingKey) return fail("key", "key", `No key in your JWKS matches kid ${JSON.stringify(header.kid ?? null)} and alg ${alg} (RFC 7517 §5, §4.5).`, notes);
    if (error instanceof errors.JWKSMultipleMatchingKeys) return fail("key", "key", "Several keys in your JWKS match and the token has no kid to choose between them; give each key a kid.", notes);
    return fail("key", "key", `The key could not verify ${alg}: ${describe(error)}`, notes);
  }
  if (decoded.payload === null) {
    if (input.requireExp || input.audience?.trim() || input.issuer?.trim()) return fail("claims", "policy", "The signature is valid, but the payload is not a JSON claims set, so it has no exp, aud or iss to check (RFC 7519 §7.2).", notes);
    notes.push("The payload is not a JSON claims set: this is a JWS but not a JWT, so only the signature was checked.");
    return { ok: true, alg, keyLabel: key.label, notes };
  }
  const claims = checkClaims(decoded.payload, input);
  if (claims) return fail("claims", "policy", claims, notes);
  return { ok: true, alg, keyLabel: key.label, notes };
}

type Resolved = { key: CryptoKey | Uint8Array | ((h: JWSHeaderParameters) => Promise<CryptoKey>); label: string } | { message: string };

async function resolveKey(input: VerifyInput, alg: string, header: Record<string, unknown>, notes: string[]): Promise<Resolved> {
  const text = input.keyText.trim();
  if (text === "") return { message: input.keyKind === "secret" ? "Type the HMAC secret the issuer shares with you." : "Paste the issuer's public key." };
  switch (input.keyKind) {
    case "secret": {
      if (!isHmac(alg)) return { message: `A shared secret verifies only HS256, HS384 or HS512; this token says ${alg}, which needs the issuer's public key. Using a secret here is the algorithm-confusion mistake.` };
      let bytes: Uint8Array;
      if (input.secretEncoding === "base64url") {
        const decoded = decodeBase64url(text.replace(/=+$/, ""));
        if (!decoded.ok) return { message: `The secret is set to base64url, and it ${decoded.message}.` };
        bytes = decoded.bytes;
      } else {
        bytes = new TextEncoder().encode(text);
      }
      if (bytes.length < minHmacBytes(alg)) notes.push(`The secret is ${bytes.length * 8} bits; RFC 7518 §3.2 requires at least ${minHmacBytes(alg) * 8} for ${alg}, and short secrets can be guessed offline.`);
      return { key: bytes, label: `the ${bytes.length}-byte secret` };
    }
    case "pem": {
      if (/PRIVATE KEY/.test(text)) return { message: "That is a private key. Verifying needs only the public key; a private key should never be pasted anywhere." };
      if (isHmac(alg)) return { message: `The token says ${alg}, an HMAC, but you gave a public key. A library that used the PEM text as an HMAC secret would accept a forged token: that is RS→HS confusion (RFC 8725 §2.1). Refused.` };
      if (/BEGIN CERTIFICATE/.test(text)) return { key: await importX509(text, alg), label: "the certificate's public key" };
      if (!/BEGIN PUBLIC KEY/.test(text)) return { message: "Paste a PEM public key (-----BEGIN PUBLIC KEY-----) or certificate (-----BEGIN CERTIFICATE-----)." };
      return { key: await importSPKI(text, alg), label: "the PEM public key" };
    }
    case "jwk": {
      const json = parseStrictJson(text);
      if (!json.ok || !isObject(json.value)) return { message: json.ok ? "A JWK is a JSON object (RFC 7517 §4)." : `The JWK ${json.message}.` };
      const jwk = json.value as JWK;
      if (Array.isArray((jwk as { keys?: unknown }).keys)) return { message: "This is a JWK Set ({\"keys\": […]}); choose JWKS as the key type." };
      if (typeof jwk.kty !== "string") return { message: "The JWK has no \"kty\" (RFC 7517 §4.1: required)." };
      if (jwk.alg !== undefined && jwk.alg !== alg) return { message: `The JWK is for alg ${JSON.stringify(jwk.alg)}, the token says ${alg} (RFC 7517 §4.4).` };
      if (isHmac(alg) !== (jwk.kty === "oct")) return { message: `A ${jwk.kty} key cannot verify ${alg}.` };
      if ("d" in jwk) notes.push("This JWK contains a private part (\"d\"); a verifier needs only the public part.");
      return { key: (await importJWK(jwk, alg)) as CryptoKey, label: `the JWK${jwk.kid ? ` kid ${JSON.stringify(jwk.kid)}` : ""}` };
    }
    case "jwks": {
      const json = parseStrictJson(text);
      if (!json.ok || !isObject(json.value) || !Array.isArray(json.value.keys)) return { message: json.ok ? "A JWKS is {\"keys\": [ … ]} (RFC 7517 §5)." : `The JWKS ${json.message}.` };
      const keys = json.value.keys.filter(isObject);
      const byKid = typeof header.kid === "string" ? keys.filter((k) => k.kid === header.kid) : keys;
      if (typeof header.kid === "string" && byKid.length === 0) return { message: `No key in your JWKS has kid ${JSON.stringify(header.kid)}. The issuer may have rotated keys: refetch its JWKS, but only from the URL you configured, never from the token.` };
      const resolver = createLocalJWKSet(json.value as unknown as JSONWebKeySet);
      return { key: resolver, label: typeof header.kid === "string" ? `the JWKS key with kid ${JSON.stringify(header.kid)}` : "the only matching JWKS key" };
    }
  }
}

function checkClaims(payload: Record<string, unknown>, input: VerifyInput): string | null {
  const now = input.now;
  for (const name of ["exp", "nbf", "iat"] as const) {
    if (payload[name] !== undefined && (typeof payload[name] !== "number" || !Number.isFinite(payload[name]))) return `"${name}" must be a NumericDate, a number of seconds (RFC 7519 §2, §4.1.4).`;
  }
  const exp = payload.exp as number | undefined;
  const nbf = payload.nbf as number | undefined;
  if (exp === undefined && input.requireExp) return "The token has no \"exp\": it would be valid forever. Your policy requires one (RFC 9068 §2.2 makes exp required for access tokens).";
  if (exp !== undefined && now >= exp) return `Expired: "exp" is ${new Date(exp * 1000).toISOString()}, and now is ${new Date(now * 1000).toISOString()} (RFC 7519 §4.1.4: refuse on or after exp).`;
  if (nbf !== undefined && now < nbf) return `Not yet valid: "nbf" is ${new Date(nbf * 1000).toISOString()} (RFC 7519 §4.1.5).`;
  const audience = input.audience?.trim();
  if (audience) {
    const aud = payload.aud;
    const list = typeof aud === "string" ? [aud] : Array.isArray(aud) ? aud.filter((a) => typeof a === "string") : [];
    if (!list.includes(audience)) return aud === undefined ? `The token names no audience, and you expect ${JSON.stringify(audience)}: a token minted for another service could be relayed here (RFC 8725 §3.9).` : `The token is for ${JSON.stringify(aud)}, not for ${JSON.stringify(audience)} (RFC 7519 §4.1.3: refuse it).`;
  }
  const issuer = input.issuer?.trim();
  if (issuer && payload.iss !== issuer) return `The issuer is ${JSON.stringify(payload.iss ?? null)}, not ${JSON.stringify(issuer)} (RFC 8725 §3.8).`;
  return null;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.slice(0, 200) || error.name;
  return "unknown error";
}
