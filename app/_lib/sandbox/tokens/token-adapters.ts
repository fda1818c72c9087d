import { base64url } from "jose";
import { SANDBOX_COOKIE_NAMES, type Inspect, type NoSessionReason, type TamperTarget } from "../contract";
import { rotateBase64urlCharacter } from "../ids/session-id";
import { ExpiringLru } from "../cache/expiring-lru";
import { createJwtCodec, decodeUnverified, JWT_ALGORITHMS, JWT_REQUIRED_CLAIMS } from "./jwt-codec";
import { createSealedCodec } from "./sealed-codec";
import { payloadWithoutSecret, splitSeal } from "./seal-inspector";

/** The session every token kind carries; `id` is the seal id or the JWT's jti, what revocation keys on. */
export type TokenSession = { id: string; user: string; data: Record<string, string> };

export type Opened =
  | { ok: true; session: TokenSession; expiresAt: number }
  | { ok: false; reason: NoSessionReason; detail: string };

export type Tampered = { value: string; index: number; before: string; after: string; part: string };

/** What the token service needs from a sealed-cookie or a JWT implementation. */
export interface TokenAdapter {
  readonly kind: "sealed" | "jwt";
  readonly cookieName: string;
  readonly ttlMs: number;
  issue(session: TokenSession, now: number): Promise<{ value: string; expiresAt: number }>;
  open(value: string, now: number): Promise<Opened>;
  inspect(value: string | null, opened: Opened | null): Inspect;
  /** null when `where` does not apply to this kind. */
  tamper(value: string, where: TamperTarget): Tampered | null;
}

/**
 * Inspection of a verified value depends on nothing but the value, so repeated reads of the same cookie
 * reuse it (bounded, and dropped at the value's expiry like the verification memo).
 */
function memoizeInspect(inspect: TokenAdapter["inspect"]): TokenAdapter["inspect"] {
  const memo = new ExpiringLru<Inspect>(256);
  return (value, opened) => {
    if (value === null || !opened?.ok) return inspect(value, opened);
    const now = Date.now();
    const hit = memo.get(value, now);
    if (hit) return hit;
    const fresh = inspect(value, opened);
    memo.set(value, fresh, opened.expiresAt);
    return fresh;
  };
}

/**
 * Changes the last character of a base64url field to the other character that decodes to the same bytes:
 * a field of n bytes has 6 * ceil(8n / 6) - 8n spare low bits in its last character (RFC 4648 §3.5), which
 * decoders ignore. The text differs; the bytes, and so the signature, do not.
 */
export function flipSpareBit(value: string, start: number, length: number, part: string): Tampered | null {
  const last = start + length - 1;
  const index = BASE64URL.indexOf(value[last] ?? "");
  const spareBits = (6 * length - 8 * Math.floor((6 * length) / 8)) % 6;
  if (index < 0 || spareBits === 0) return null;
  const after = BASE64URL[index ^ 1]!;
  return { value: value.slice(0, last) + after + value.slice(last + 1), index: last, before: value[last]!, after, part };
}

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Rotates one character through the base64url alphabet, so the result still decodes. */
export function flipAt(value: string, index: number, part: string): Tampered {
  const flipped = rotateBase64urlCharacter(value, index);
  return { value: flipped.value, index, before: flipped.before, after: flipped.after, part };
}

export function sealedAdapter(codec: ReturnType<typeof createSealedCodec>): TokenAdapter {
  return {
    kind: "sealed",
    cookieName: SANDBOX_COOKIE_NAMES.sealed,
    ttlMs: codec.ttlMs,
    async issue(session, now) {
      const value = await codec.seal({ sid: session.id, user: session.user, data: session.data, iat: now });
      return { value, expiresAt: Number(value.split("*")[5]) };
    },
    async open(value, now) {
      const result = await codec.open(value, now);
      if (!result.ok) return result;
      const { sid, user, data } = result.payload;
      return { ok: true, session: { id: sid, user, data }, expiresAt: result.expiresAt };
    },
    inspect: memoizeInspect((value, opened) => {
      return {
        kind: "sealed",
        fields: value === null ? null : splitSeal(value),
        decrypted: opened?.ok ? { sid: opened.session.id, user: opened.session.user, data: opened.session.data } : null,
        withoutSecret: value === null ? null : payloadWithoutSecret(value),
      };
    }),
    tamper(value, where) {
      if (where === "alg-none") return null;
      const fields = value.split("*");
      if (fields.length < 8) return flipAt(value, Math.floor(value.length / 2), "cookie value");
      const target = where === "payload" ? 4 : 7;
      const start = fields.slice(0, target).join("*").length + 1;
      const length = target === 7 ? fields[7]!.split("~")[0]!.length : fields[target]!.length;
      if (where === "signature-end") return flipSpareBit(value, start, length, "HMAC");
      return flipAt(value, start + Math.floor(length / 2), where === "payload" ? "encrypted payload" : "HMAC");
    },
  };
}

const TIME_TEXT = {
  iat: "Issued at: when the server signed the token.",
  exp: "Expires: after this instant the server refuses the token. It is required here.",
  nbf: "Not before: the token is refused until this instant.",
} as const;

export function jwtAdapter(codec: ReturnType<typeof createJwtCodec>): TokenAdapter {
  return {
    kind: "jwt",
    cookieName: SANDBOX_COOKIE_NAMES.jwt,
    ttlMs: codec.ttlMs,
    async issue(session, now) {
      const { token, expiresAt } = await codec.sign({ jti: session.id, user: session.user, data: session.data }, now);
      return { value: token, expiresAt };
    },
    async open(value, now) {
      const result = await codec.verify(value, now);
      if (!result.ok) return result;
      const { jti, user, data } = result.session;
      return { ok: true, session: { id: jti, user, data }, expiresAt: result.expiresAt };
    },
    inspect: memoizeInspect((value) => {
      const decoded = value === null ? { header: null, claims: null, signature: null } : decodeUnverified(value);
      const times = (["iat", "exp", "nbf"] as const).flatMap((claim) => {
        const seconds = decoded.claims?.[claim];
        if (typeof seconds !== "number" || !Number.isFinite(seconds) || Math.abs(seconds) > 8.64e12) return [];
        return [{ claim, value: seconds, iso: new Date(seconds * 1000).toISOString(), explanation: TIME_TEXT[claim] }];
      });
      return {
        kind: "jwt",
        ...decoded,
        times,
        algorithms: [...JWT_ALGORITHMS],
        requiredClaims: [...JWT_REQUIRED_CLAIMS],
        explanation:
          "Header and claims are base64url-encoded JSON: any page, proxy or log that sees the token can read them. The signature only proves the server made them.",
      };
    }),
    tamper(value, where) {
      const parts = value.split(".");
      if (parts.length !== 3) return flipAt(value, Math.floor(value.length / 2), "token");
      if (where === "alg-none") {
        const header = base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }));
        return { value: `${header}.${parts[1]}.`, index: -1, before: parts[0]!, after: header, part: "JWT header" };
      }
      const target = where === "payload" ? 1 : 2;
      const start = parts.slice(0, target).join(".").length + 1;
      if (where === "signature-end") return flipSpareBit(value, start, parts[2]!.length, "JWT signature");
      // The middle of the part: its last character may only carry padding bits.
      return flipAt(value, start + Math.floor(parts[target]!.length / 2), where === "payload" ? "JWT claims" : "JWT signature");
    },
  };
}
