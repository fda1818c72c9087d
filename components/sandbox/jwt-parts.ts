export type DecodedJwt =
  | {
      ok: true;
      /** The three base64url segments as sent. */
      segments: [string, string, string];
      header: Record<string, unknown>;
      payload: Record<string, unknown>;
    }
  | { ok: false; reason: string };

function base64UrlToText(segment: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) throw new Error("contains characters outside base64url");
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

function decodeJson(segment: string, name: string): Record<string, unknown> {
  let text: string;
  try {
    text = base64UrlToText(segment);
  } catch (error) {
    throw new Error(`The ${name} is not valid base64url: ${(error as Error).message}.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`The ${name} decodes to text that is not JSON.`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error(`The ${name} is JSON but not an object.`);
  return value as Record<string, unknown>;
}

/**
 * Decodes a compact JWS without verifying it — exactly what anyone holding the token can
 * do. That this works in the browser, with no secret, is the lesson: a signed JWT is not
 * encrypted.
 */
export function decodeJwt(token: string): DecodedJwt {
  const segments = token.split(".");
  if (segments.length !== 3) return { ok: false, reason: `A signed JWT has 3 parts separated by "."; this one has ${segments.length}.` };
  const [h = "", p = "", s = ""] = segments;
  try {
    return { ok: true, segments: [h, p, s], header: decodeJson(h, "header"), payload: decodeJson(p, "payload") };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/** What each registered or sandbox claim means, for the claims table. */
export const CLAIM_ABOUT: Record<string, string> = {
  iss: "Issuer: who made the token. The server checks it is its own.",
  aud: "Audience: who the token is for. Checked so a token minted for another service is refused here.",
  sub: "Subject: whom the token is about — here, the name you logged in as.",
  iat: "Issued at: when the server signed it.",
  nbf: "Not before: the token is refused before this time.",
  exp: "Expires: the server refuses the token after this time. Our verifier requires it.",
  jti: "JWT ID: a unique id for this token. The revocation fix keys its deny list on it.",
  data: "Your key/value data — readable by anyone who holds the token.",
};

export const HEADER_ABOUT: Record<string, string> = {
  alg: "Signing algorithm. The server accepts only HS256, whatever the token claims, so “none” or a swapped algorithm is refused.",
  typ: "Media type of the token: JWT.",
  kid: "Key id: which server key signed it.",
};

/** Claims that hold times in seconds since 1970 (RFC 7519 NumericDate). */
export const TIME_CLAIMS = new Set(["iat", "nbf", "exp"]);
