/** The signature algorithms the debugger can verify (RFC 7518 §3.1, RFC 8037 §3.1). `none` is never one of them. */
export const VERIFY_ALGORITHMS = ["HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA", "Ed25519"] as const;
export type VerifyAlgorithm = (typeof VERIFY_ALGORITHMS)[number];

/** The four the lab signs with. */
export const SIGN_ALGORITHMS = ["HS256", "RS256", "ES256", "EdDSA"] as const;
export type SignAlgorithm = (typeof SIGN_ALGORITHMS)[number];

export function isHmac(alg: string): boolean {
  return /^HS(256|384|512)$/.test(alg);
}

export function isVerifyAlgorithm(alg: unknown): alg is VerifyAlgorithm {
  return typeof alg === "string" && (VERIFY_ALGORITHMS as readonly string[]).includes(alg);
}

/** RFC 7518 §3.2: an HMAC key must be at least as long as the hash output. */
export function minHmacBytes(alg: string): number {
  return alg === "HS384" ? 48 : alg === "HS512" ? 64 : 32;
}
