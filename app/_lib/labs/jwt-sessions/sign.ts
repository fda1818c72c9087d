import { CompactSign, exportJWK, exportSPKI, generateKeyPair, importJWK, type JWK } from "jose";
import { type SignAlgorithm } from "./algorithms";
import { decodeBase64url } from "./base64url";
import { isObject } from "./decode";
import { overCap } from "./limits";
import { parseStrictJson } from "./strict-json";
import type { SecretEncoding } from "./verify";

export type KeyPair = { alg: Exclude<SignAlgorithm, "HS256">; publicJwk: string; privateJwk: string; publicPem: string };

/** A fresh key pair, made by WebCrypto where this runs (the learner's browser): nothing is sent anywhere. */
export async function generateSigningKeys(alg: KeyPair["alg"]): Promise<KeyPair | { error: string }> {
  try {
    const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, ...(alg === "EdDSA" ? { crv: "Ed25519" } : {}) });
    const kid = `lab-${alg.toLowerCase()}-1`;
    const pub = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
    const priv = { ...(await exportJWK(privateKey)), kid, alg };
    return { alg, publicJwk: JSON.stringify(pub, null, 2), privateJwk: JSON.stringify(priv, null, 2), publicPem: await exportSPKI(publicKey) };
  } catch (error) {
    return { error: `This browser could not generate a ${alg} key: ${error instanceof Error ? error.message : "unknown error"}.` };
  }
}

export type SignInput = {
  alg: SignAlgorithm;
  headerJson: string;
  payloadJson: string;
  /** HS256: the secret; the others: the private JWK. */
  keyText: string;
  secretEncoding?: SecretEncoding;
};

export type SignResult = { ok: true; token: string } | { ok: false; field: "header" | "payload" | "key"; message: string };

/** Signs the claims as typed (the header's alg is set to the chosen algorithm). Never throws. */
export async function signToken(input: SignInput): Promise<SignResult> {
  for (const [field, text] of [["header", input.headerJson], ["payload", input.payloadJson], ["key", input.keyText]] as const) {
    const capped = overCap(`The ${field}`, text);
    if (capped) return { ok: false, field, message: capped };
  }
  const header = parseStrictJson(input.headerJson);
  if (!header.ok || !isObject(header.value)) return { ok: false, field: "header", message: header.ok ? "The header must be a JSON object." : `The header ${header.message}.` };
  const payload = parseStrictJson(input.payloadJson);
  if (!payload.ok || !isObject(payload.value)) return { ok: false, field: "payload", message: payload.ok ? "The claims must be a JSON object (RFC 7519 §7.1)." : `The claims ${payload.message}.` };
  try {
    let key: Uint8Array | CryptoKey;
    if (input.alg === "HS256") {
      const text = input.keyText;
      if (text === "") return { ok: false, field: "key", message: "Type a secret to sign with." };
      if (input.secretEncoding === "base64url") {
        const decoded = decodeBase64url(text.trim());
        if (!decoded.ok) return { ok: false, field: "key", message: `The secret ${decoded.message}.` };
        key = decoded.bytes;
      } else key = new TextEncoder().encode(text);
      if (key.length === 0) return { ok: false, field: "key", message: "The secret is empty." };
    } else {
      const jwk = parseStrictJson(input.keyText);
      if (!jwk.ok || !isObject(jwk.value)) return { ok: false, field: "key", message: "Paste a private JWK, or generate a key pair." };
      if (typeof jwk.value.d !== "string") return { ok: false, field: "key", message: "This JWK has no private part (\"d\"); signing needs the private key." };
      key = (await importJWK(jwk.value as JWK, input.alg)) as CryptoKey;
    }
    const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload.value)))
      .setProtectedHeader({ ...header.value, alg: input.alg })
      .sign(key);
    return { ok: true, token };
  } catch (error) {
    return { ok: false, field: "key", message: `Signing failed: ${error instanceof Error ? error.message.slice(0, 160) : "unknown error"}.` };
  }
}
