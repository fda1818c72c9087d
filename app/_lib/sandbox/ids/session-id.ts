import { randomBytes } from "node:crypto";

/** 128 bits: OWASP's floor for custom session IDs; guessing one of 100k live IDs takes ~10^24 years at 10k tries/s. */
export const SESSION_ID_BYTES = 16;
/** base64url of 16 bytes without padding. */
export const SESSION_ID_LENGTH = 22;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const SHAPE = /^[A-Za-z0-9_-]{22}$/;

/** A fresh opaque ID from the operating system's CSPRNG; it carries no meaning at all. */
export function newSessionId(): string {
  return randomBytes(SESSION_ID_BYTES).toString("base64url");
}

/**
 * True only for the exact shape we issue: 22 base64url characters whose last character leaves the
 * 4 unused bits at zero, so each 128-bit value has one spelling (no look-alike IDs reach the store).
 */
export function isWellFormedSessionId(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  return (ALPHABET.indexOf(value[SESSION_ID_LENGTH - 1]!) & 0b1111) === 0;
}

/**
 * Changes one character of `id` to another base64url character that keeps the ID well formed,
 * the way an attacker guessing a neighbour would. Deterministic for a given id and index.
 */
export function flipIdCharacter(id: string, index: number): { value: string; before: string; after: string } {
  // The last character may only take values with its low 4 bits clear: step by 16 there.
  return rotateBase64urlCharacter(id, index, index === SESSION_ID_LENGTH - 1 ? 16 : 1);
}

/** Replaces the character at `index` with the one `step` places further along the base64url alphabet. */
export function rotateBase64urlCharacter(value: string, index: number, step = 1): { value: string; before: string; after: string } {
  const at = Math.min(Math.max(index, 0), value.length - 1);
  const before = value[at] ?? "";
  const after = ALPHABET[(ALPHABET.indexOf(before) + step + ALPHABET.length) % ALPHABET.length]!;
  return { value: value.slice(0, at) + after + value.slice(at + 1), before, after };
}
