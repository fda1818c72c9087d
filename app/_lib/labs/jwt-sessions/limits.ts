/** Every text field of the debugger (token, secret, key, JWKS, claims) is capped at this many UTF-8 bytes. */
export const MAX_FIELD_BYTES = 16 * 1024;

/** JSON nested deeper than this is refused before it is walked (a token has no reason to nest so deep). */
export const MAX_JSON_DEPTH = 32;

const encoder = new TextEncoder();

export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** A message for a field over the cap, or null when it fits. */
export function overCap(label: string, text: string): string | null {
  if (text.length > MAX_FIELD_BYTES * 4) return `${label} is far over the 16 kB cap for a field; nothing was read.`;
  const bytes = byteLength(text);
  return bytes > MAX_FIELD_BYTES
    ? `${label} is ${bytes.toLocaleString("en")} bytes; the debugger reads at most ${MAX_FIELD_BYTES.toLocaleString("en")} bytes (16 kB) per field.`
    : null;
}
