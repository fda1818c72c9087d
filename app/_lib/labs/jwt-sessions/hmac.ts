import { decodeBase64url, encodeBase64url } from "./base64url";

const HASH: Record<string, string> = { HS256: "SHA-256", HS384: "SHA-384", HS512: "SHA-512" };

/** HMAC over the signing input with WebCrypto (browser and Node alike). Null for a non-HMAC alg or an empty key. */
export async function hmacSign(alg: string, key: Uint8Array, signingInput: string): Promise<string | null> {
  const hash = HASH[alg];
  if (!hash || key.length === 0) return null;
  const cryptoKey = await crypto.subtle.importKey("raw", key as BufferSource, { name: "HMAC", hash }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", cryptoKey, new TextEncoder().encode(signingInput));
  return encodeBase64url(new Uint8Array(mac));
}

/** Builds a compact HMAC JWS from header and payload text exactly as given (so a test can plant duplicate names). */
export async function hmacToken(headerJson: string, payloadJson: string, secret: string | Uint8Array): Promise<string> {
  const enc = new TextEncoder();
  const input = `${encodeBase64url(enc.encode(headerJson))}.${encodeBase64url(enc.encode(payloadJson))}`;
  const alg = (JSON.parse(headerJson) as { alg: string }).alg;
  const sig = await hmacSign(alg, typeof secret === "string" ? enc.encode(secret) : secret, input);
  return `${input}.${sig ?? ""}`;
}

/** True when `token`'s HMAC signature matches `secret`. Never throws. */
export async function hmacMatches(token: string, secret: Uint8Array): Promise<boolean> {
  try {
    const parts = token.split(".");
    if (parts.length !== 3) return false;
    const header = decodeBase64url(parts[0]!);
    if (!header.ok) return false;
    const alg = (JSON.parse(new TextDecoder().decode(header.bytes)) as { alg?: unknown }).alg;
    if (typeof alg !== "string") return false;
    const mac = await hmacSign(alg, secret, `${parts[0]}.${parts[1]}`);
    return mac !== null && mac === parts[2];
  } catch {
    return false;
  }
}

/** Tries each candidate secret against an HMAC token, as an attacker with a word list would. */
export async function findSecret(token: string, candidates: readonly string[]): Promise<{ secret: string; tried: number } | { secret: null; tried: number }> {
  const enc = new TextEncoder();
  let tried = 0;
  for (const candidate of candidates) {
    tried++;
    if (await hmacMatches(token, enc.encode(candidate))) return { secret: candidate, tried };
  }
  return { secret: null, tried };
}
