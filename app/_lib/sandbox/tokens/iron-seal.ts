import { createCipheriv, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";

/**
 * iron-session's `sealData`, byte for byte in format, built on node:crypto's synchronous primitives.
 *
 * Why: iron-session 9 seals through iron-webcrypto, i.e. WebCrypto: two PBKDF2 key derivations, AES-256-CBC and
 * HMAC-SHA-256, four jobs on libuv's thread pool and Node's WebCrypto argument handling around each. In a sandbox
 * write that was about 40 % of the CPU our own code added over a read (bench/FINDINGS.md, 3 December, branch
 * write-tail). The same operations through node:crypto take a few microseconds and no thread hop.
 *
 * What stays the same, and is tested against iron-session's own `unsealData` (iron-seal.test.ts):
 * `Fe26.2*<password id>*<encryption salt>*<iv>*<ciphertext>*<expiry ms>*<hmac salt>*<hmac>~2`, with a fresh
 * 256-bit random salt for each key and a fresh 128-bit IV for every seal; each key is PBKDF2-SHA-1 (1 iteration,
 * iron's default) of the password and the salt's hex text; the HMAC covers every field before it. Opening stays
 * with iron-session's `unsealData`, which is what decides whether a cookie from a browser is authentic.
 */

const MAC_PREFIX = "Fe26.2";
/** iron-session appends its format version outside the HMAC. */
const IRON_SESSION_SUFFIX = "~2";
const SALT_BYTES = 32;
const IV_BYTES = 16;
const KEY_BYTES = 32;
const MIN_PASSWORD_CHARS = 32;

export type IronSealOptions = {
  ttlMs: number;
  now?: number;
  /** Injected only by tests; always the CSPRNG otherwise. */
  random?: (bytes: number) => Buffer;
};

/** The password iron-session seals with: the highest numeric id of the map. */
export function sealingPassword(passwords: Record<string, string>): { id: string; secret: string } {
  const id = Math.max(...Object.keys(passwords).map(Number));
  const secret = passwords[id];
  if (secret === undefined) throw new Error("The password map has no usable entry: it must be keyed by numbers, for example { 1: '…' }.");
  return { id: String(id), secret };
}

function deriveKey(secret: string, saltHex: string): Buffer {
  return pbkdf2Sync(secret, saltHex, 1, KEY_BYTES, "sha1");
}

/** Seals `payload` (plain JSON data) the way iron-session's `sealData(payload, { password, ttl })` does. */
export function ironSeal(payload: unknown, passwords: Record<string, string>, { ttlMs, now = Date.now(), random = randomBytes }: IronSealOptions): string {
  const { id, secret } = sealingPassword(passwords);
  if (secret.length < MIN_PASSWORD_CHARS) throw new Error(`The sealing password must be at least ${MIN_PASSWORD_CHARS} characters.`);
  const json = JSON.stringify(payload);
  if (json === undefined) throw new Error("The payload is not JSON-serialisable.");

  const encryptionSalt = random(SALT_BYTES).toString("hex");
  const iv = random(IV_BYTES);
  const cipher = createCipheriv("aes-256-cbc", deriveKey(secret, encryptionSalt), iv);
  const encrypted = Buffer.concat([cipher.update(json, "utf8"), cipher.final()]);
  const expiry = ttlMs > 0 ? String(now + ttlMs) : "";
  const macBase = `${MAC_PREFIX}*${id}*${encryptionSalt}*${iv.toString("base64url")}*${encrypted.toString("base64url")}*${expiry}`;

  const hmacSalt = random(SALT_BYTES).toString("hex");
  const hmac = createHmac("sha256", deriveKey(secret, hmacSalt)).update(macBase, "utf8").digest("base64url");
  return `${macBase}*${hmacSalt}*${hmac}${IRON_SESSION_SUFFIX}`;
}
