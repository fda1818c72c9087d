import { hkdfSync } from "node:crypto";

export type KeyPurpose = "sealed-cookie" | "jwt-hs256";

/**
 * One 256-bit key per purpose, derived from a SESSION_SECRET entry with HKDF-SHA-256, so the sandbox never
 * uses the learner cookie's secret verbatim and a key for one purpose opens nothing of another.
 */
export function deriveSandboxKey(secret: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "session-lab/sandbox/v1", purpose, 32));
}

/** iron-session passwords (≥ 32 characters) for every secret id. */
export function sealedPasswords(secrets: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(secrets).map(([id, secret]) => [id, deriveSandboxKey(secret, "sealed-cookie").toString("base64url")]));
}

/** HS256 keys for every secret id; the id becomes the JWT's kid. */
export function jwtKeys(secrets: Record<string, string>): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(secrets).map(([id, secret]) => [id, new Uint8Array(deriveSandboxKey(secret, "jwt-hs256"))]));
}
