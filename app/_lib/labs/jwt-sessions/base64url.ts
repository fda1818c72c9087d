/**
 * base64url (RFC 4648 §5) as JWS uses it: no padding (RFC 7515 §2). Decoding is strict and says why it
 * refuses. "Non-canonical" means the last character carries bits that the decoder throws away: two
 * different strings then decode to the same bytes (RFC 4648 §3.5 lets decoders reject them; many accept).
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export type B64Decoded =
  | { ok: true; bytes: Uint8Array; canonical: boolean }
  | { ok: false; message: string };

export function decodeBase64url(text: string): B64Decoded {
  if (text.endsWith("=")) return { ok: false, message: "ends with '=' padding, which base64url in a JWT leaves out (RFC 7515 §2)" };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || VALUE[code] === -1) {
      const shown = JSON.stringify(text[i]);
      const hint = text[i] === "+" || text[i] === "/" ? " — that is plain base64; base64url uses '-' and '_'" : "";
      return { ok: false, message: `has ${shown} at position ${i + 1}, which is not a base64url character${hint}` };
    }
  }
  if (text.length % 4 === 1) return { ok: false, message: `is ${text.length} characters long; no base64url text has a length of 4n+1` };
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    buffer = (buffer << 6) | VALUE[text.charCodeAt(i)]!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  const leftover = buffer & ((1 << bits) - 1);
  return { ok: true, bytes: out, canonical: leftover === 0 };
}

export function encodeBase64url(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

export function encodeText(text: string): string {
  return encodeBase64url(new TextEncoder().encode(text));
}

/**
 * The same bytes, spelled differently: flips the unused low bits of the last character. Returns null
 * when the segment has no unused bits (its length is a multiple of 4). Used to show why a deny list
 * must key on `jti`, not on the raw token string.
 */
export function nonCanonicalVariant(segment: string): string | null {
  const unusedBits = segment.length % 4 === 2 ? 4 : segment.length % 4 === 3 ? 2 : 0;
  if (unusedBits === 0 || segment.length === 0) return null;
  const last = VALUE[segment.charCodeAt(segment.length - 1)]!;
  if (last < 0) return null;
  const flipped = last ^ 1;
  return segment.slice(0, -1) + ALPHABET[flipped]!;
}
