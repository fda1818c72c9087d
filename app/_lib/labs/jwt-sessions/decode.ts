import { decodeBase64url } from "./base64url";
import { overCap } from "./limits";
import { parseStrictJson } from "./strict-json";

export type PartName = "header" | "payload" | "signature";

/** One dot-separated segment, as the colour-coded view draws it (its name is printed too, never colour alone). */
export type Segment = { name: PartName | "encrypted-key" | "iv" | "ciphertext" | "tag"; text: string };

export type DecodeProblem = { part: PartName | "token"; message: string };

export type Decoded = {
  /** "jws": three segments; "jwe": five (encrypted; only the header is readable); "invalid": none of these. */
  form: "jws" | "jwe" | "invalid";
  segments: Segment[];
  header: Record<string, unknown> | null;
  payload: Record<string, unknown> | null;
  /** The payload as text when it is not a JSON object (RFC 7515 allows any bytes; a JWT needs an object). */
  payloadText: string | null;
  signatureBytes: number;
  /** Problems that stop the token from being read at all. */
  errors: DecodeProblem[];
  /** Things a careful parser notices: non-canonical base64url, duplicate names, numbers that lose precision. */
  warnings: DecodeProblem[];
};

const JWE_NAMES = ["header", "encrypted-key", "iv", "ciphertext", "tag"] as const;
const textDecoder = new TextDecoder("utf-8", { fatal: true });

function empty(segments: Segment[], form: Decoded["form"], errors: DecodeProblem[]): Decoded {
  return { form, segments, header: null, payload: null, payloadText: null, signatureBytes: 0, errors, warnings: [] };
}

/** Reads a compact JWS or JWE without checking anything cryptographic. Never throws. */
export function decodeToken(input: string): Decoded {
  const capped = overCap("The token", input);
  if (capped) return empty([], "invalid", [{ part: "token", message: capped }]);
  const token = input.trim();
  if (token === "") return empty([], "invalid", [{ part: "token", message: "Paste a token: three base64url parts separated by dots." }]);
  if (/\s/.test(token)) return empty([], "invalid", [{ part: "token", message: "The token contains spaces or line breaks; a compact JWT has none (RFC 7515 §7.1)." }]);
  const parts = token.split(".");
  if (parts.length === 5) return decodeJwe(parts);
  const names: PartName[] = ["header", "payload", "signature"];
  const segments = parts.map((text, i) => ({ name: names[i] ?? ("signature" as const), text }));
  if (parts.length !== 3) {
    const got = `${parts.length} ${parts.length === 1 ? "part" : "parts"} (${parts.length - 1} ${parts.length === 2 ? "dot" : "dots"})`;
    return empty(segments, "invalid", [
      { part: "token", message: `A JWS has 3 parts separated by 2 dots, and a JWE has 5; this has ${got} (RFC 7515 §7.1, RFC 7516 §7.1).` },
    ]);
  }
  const errors: DecodeProblem[] = [];
  const warnings: DecodeProblem[] = [];
  const header = readJsonPart("header", parts[0]!, errors, warnings);
  const payloadRead = readPart("payload", parts[1]!, errors, warnings);
  let payload: Record<string, unknown> | null = null;
  let payloadText: string | null = null;
  if (payloadRead !== null) {
    const json = parseStrictJson(payloadRead);
    if (json.ok && isObject(json.value)) {
      payload = json.value;
      noteJsonWarnings("payload", json, warnings);
    } else {
      payloadText = payloadRead;
      warnings.push({ part: "payload", message: `The payload ${json.ok ? "is JSON but not an object" : json.message.replace(/^is /, "is ")}: a valid JWS, but not a JWT, whose claims must be a JSON object (RFC 7519 §7.2 step 10).` });
    }
  }
  const sig = decodeBase64url(parts[2]!);
  if (!sig.ok) errors.push({ part: "signature", message: `The signature ${sig.message}.` });
  else if (!sig.canonical) warnings.push({ part: "signature", message: "The signature's last character has stray low bits: a non-canonical spelling of the same bytes (RFC 4648 §3.5). Lenient decoders accept it, so the same token has several spellings." });
  if (header && header.alg === "none" && parts[2] !== "") errors.push({ part: "signature", message: "alg is \"none\" but the signature is not empty (RFC 7518 §3.6)." });
  return { form: "jws", segments, header, payload, payloadText, signatureBytes: sig.ok ? sig.bytes.length : 0, errors, warnings };
}

function decodeJwe(parts: string[]): Decoded {
  const segments = parts.map((text, i) => ({ name: JWE_NAMES[i]!, text }));
  const errors: DecodeProblem[] = [];
  const warnings: DecodeProblem[] = [];
  const header = readJsonPart("header", parts[0]!, errors, warnings);
  if (header && typeof header.enc !== "string") errors.push({ part: "header", message: "has five parts but no \"enc\" header, so it is not a JWE (RFC 7516 §4.1.2)." });
  return { form: "jwe", segments, header, payload: null, payloadText: null, signatureBytes: 0, errors, warnings };
}

function readPart(part: PartName, text: string, errors: DecodeProblem[], warnings: DecodeProblem[]): string | null {
  const label = part === "header" ? "The header" : "The payload";
  if (text === "") {
    errors.push({ part, message: `${label} is empty.` });
    return null;
  }
  const decoded = decodeBase64url(text);
  if (!decoded.ok) {
    errors.push({ part, message: `${label} ${decoded.message}.` });
    return null;
  }
  if (!decoded.canonical) warnings.push({ part, message: `${label}'s last character has stray low bits: a non-canonical base64url spelling of the same bytes (RFC 4648 §3.5).` });
  try {
    return textDecoder.decode(decoded.bytes);
  } catch {
    errors.push({ part, message: `${label} decodes to bytes that are not UTF-8 text (RFC 7515 §5.2 step 3 needs UTF-8 JSON).` });
    return null;
  }
}

function readJsonPart(part: "header", text: string, errors: DecodeProblem[], warnings: DecodeProblem[]): Record<string, unknown> | null {
  const raw = readPart(part, text, errors, warnings);
  if (raw === null) return null;
  const json = parseStrictJson(raw);
  if (!json.ok) {
    errors.push({ part, message: `The header ${json.message}.` });
    return null;
  }
  if (!isObject(json.value)) {
    errors.push({ part, message: "The header is JSON but not an object (RFC 7515 §5.2 step 4)." });
    return null;
  }
  noteJsonWarnings(part, json, warnings);
  if (json.duplicates.length > 0) errors.push({ part, message: `The header repeats ${quoteList(json.duplicates)}; RFC 7515 §5.2 step 4 says reject it.` });
  if (typeof json.value.alg !== "string") errors.push({ part, message: "The header has no \"alg\" string (RFC 7515 §4.1.1: it is required)." });
  return json.value;
}

function noteJsonWarnings(part: PartName, json: { duplicates: string[]; hugeNumbers: { path: string; text: string }[] }, warnings: DecodeProblem[]) {
  if (part === "payload" && json.duplicates.length > 0) {
    warnings.push({ part, message: `The claims repeat ${quoteList(json.duplicates)}. RFC 7519 §4 says names MUST be unique and parsers must reject the JWT or keep only the last one; two services that pick differently read different claims.` });
  }
  for (const { path, text } of json.hugeNumbers) {
    const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text;
    warnings.push({ part, message: `"${path}" is ${shown}, which a JavaScript number cannot hold exactly; it reads as ${String(Number(text))} (RFC 8259 §6).` });
  }
}

function quoteList(names: string[]): string {
  return [...new Set(names)].slice(0, 5).map((n) => `"${n}"`).join(", ");
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
