import type { SealField } from "../contract";

type FieldName = SealField["name"];

const FIELDS: { name: FieldName; label: string; explanation: string }[] = [
  { name: "prefix", label: "Fe26.2 prefix", explanation: "Names the format: iron, version Fe26.2. A seal that starts otherwise is refused before any cryptography." },
  { name: "passwordId", label: "password id", explanation: "Which of the server's secrets sealed this cookie, so secrets can be rotated: the newest seals, all listed ones unseal." },
  { name: "encryptionSalt", label: "encryption salt", explanation: "Random per seal; mixed with the secret to derive this seal's AES-256-CBC key." },
  { name: "iv", label: "IV", explanation: "The AES-CBC initialisation vector (base64url, 16 bytes), random per seal so equal data never encrypts the same way." },
  { name: "encryptedPayload", label: "encrypted payload", explanation: "Your session data, JSON encrypted with AES-256-CBC. Without the secret it is only random-looking bytes." },
  { name: "expiresAt", label: "expiry (ms)", explanation: "When the seal stops being accepted, in milliseconds since 1970 (plus 60 s clock skew). It is covered by the HMAC, so editing it breaks the seal." },
  { name: "hmacSalt", label: "HMAC salt", explanation: "Random per seal; mixed with the secret to derive the HMAC-SHA-256 integrity key." },
  { name: "hmac", label: "HMAC", explanation: "HMAC-SHA-256 over every field before it. Change one character anywhere before it and the server refuses the whole cookie." },
  { name: "version", label: "~2 suffix", explanation: "iron-session's format marker. It sits outside the HMAC, so iron-session strips and ignores it rather than trusting it." },
];

/** The 8 `*`-separated fields of an iron seal plus iron-session's `~2` suffix, or null if the shape is wrong. */
export function splitSeal(seal: string): SealField[] | null {
  const tilde = seal.indexOf("~");
  const body = tilde === -1 ? seal : seal.slice(0, tilde);
  const suffix = tilde === -1 ? null : seal.slice(tilde);
  const parts = body.split("*");
  if (parts.length !== 8 || parts[0] !== "Fe26.2") return null;
  const fields = parts.map((value, index) => ({ index, ...FIELDS[index]!, value }));
  if (suffix !== null) fields.push({ index: 8, ...FIELDS[8]!, value: suffix });
  return fields;
}

/** Quick shape check before any cryptography: 8 fields, base64url where base64url belongs, digits for the expiry. */
export function looksLikeSeal(seal: string): boolean {
  const fields = splitSeal(seal);
  if (!fields) return false;
  const b64 = /^[A-Za-z0-9_-]+$/;
  const value = (name: FieldName) => fields.find((f) => f.name === name)?.value ?? "";
  return (
    /^[A-Za-z0-9_-]{1,32}$/.test(value("passwordId")) &&
    ["encryptionSalt", "iv", "encryptedPayload", "hmacSalt", "hmac"].every((name) => b64.test(value(name as FieldName))) &&
    /^[1-9][0-9]{0,15}$/.test(value("expiresAt"))
  );
}

/** What anyone without the secret gets from the payload field: bytes with no visible structure. */
export function payloadWithoutSecret(seal: string): { bytes: number; hexPreview: string; readable: boolean; explanation: string } | null {
  const field = splitSeal(seal)?.find((f) => f.name === "encryptedPayload");
  if (!field) return null;
  const bytes = Buffer.from(field.value, "base64url");
  const readable = isJson(bytes.toString("utf8"));
  return {
    bytes: bytes.length,
    hexPreview: bytes.subarray(0, 24).toString("hex").replace(/(..)/g, "$1 ").trim(),
    readable,
    explanation: readable
      ? "This payload decodes to JSON without any secret: it is not encrypted."
      : `Base64url-decoding the payload gives ${bytes.length} bytes of ciphertext and no JSON: a page, a proxy or the learner cannot read the data without the server's secret.`,
  };
}

/**
 * Whether `text` parses as JSON. Ciphertext almost never starts like JSON, and answering that without a
 * throw matters: a thrown SyntaxError costs more than the rest of this inspection (about 50 µs per write).
 */
function isJson(text: string): boolean {
  if (!/^[\s]*[{["\-0-9tfn]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
