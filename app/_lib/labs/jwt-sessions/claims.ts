/** What each registered claim and header means, with the section that defines it. */
export const claimNotes: Record<string, { name: string; note: string; source: string }> = {
  iss: { name: "Issuer", note: "Who issued the token. Check it against the issuer you trust.", source: "RFC 7519 §4.1.1" },
  sub: { name: "Subject", note: "Whom the token is about, usually a user id, unique within the issuer.", source: "RFC 7519 §4.1.2" },
  aud: { name: "Audience", note: "Who the token is for. A service that is not named here must refuse it.", source: "RFC 7519 §4.1.3" },
  exp: { name: "Expiration time", note: "Refuse the token at or after this time.", source: "RFC 7519 §4.1.4" },
  nbf: { name: "Not before", note: "Refuse the token before this time.", source: "RFC 7519 §4.1.5" },
  iat: { name: "Issued at", note: "When it was issued; its age.", source: "RFC 7519 §4.1.6" },
  jti: { name: "JWT ID", note: "A unique id: the key for a deny list or replay check.", source: "RFC 7519 §4.1.7" },
};

export const headerNotes: Record<string, { name: string; note: string; source: string }> = {
  alg: { name: "Algorithm", note: "How it was signed. A verifier must not let the token choose: it pins the algorithms it accepts.", source: "RFC 7515 §4.1.1, RFC 8725 §3.1" },
  typ: { name: "Type", note: "The media type of the whole token, e.g. JWT or at+jwt; explicit types keep one kind of token from passing as another.", source: "RFC 7515 §4.1.9, RFC 8725 §3.11" },
  kid: { name: "Key ID", note: "A hint for choosing a key among the verifier's own keys. Never a file path or a query.", source: "RFC 7515 §4.1.4" },
  jku: { name: "JWK Set URL", note: "A URL to fetch keys from. Following it lets the token pick its own key.", source: "RFC 7515 §4.1.2" },
  jwk: { name: "Embedded JSON Web Key", note: "A key inside the token. Trusting it lets anyone sign.", source: "RFC 7515 §4.1.3" },
  x5u: { name: "X.509 URL", note: "A URL to a certificate chain; the same risk as jku.", source: "RFC 7515 §4.1.5" },
  x5c: { name: "X.509 chain", note: "A certificate chain inside the token; only safe when validated to a trusted root.", source: "RFC 7515 §4.1.6" },
  cty: { name: "Content type", note: "The payload's type; \"JWT\" for a nested token.", source: "RFC 7515 §4.1.10" },
  crit: { name: "Critical", note: "Extensions the verifier must understand or refuse the token.", source: "RFC 7515 §4.1.11" },
  enc: { name: "Encryption", note: "Content encryption of a JWE.", source: "RFC 7516 §4.1.2" },
};

export const TIME_CLAIMS = ["exp", "nbf", "iat"] as const;

/** A NumericDate (seconds since 1970, RFC 7519 §2) as an ISO date, or null when it is not one. */
export function numericDate(value: unknown): string | null {
  if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) > 8.64e12) return null;
  return new Date(value * 1000).toISOString().replace(".000Z", "Z");
}

/** "in 14 min" / "3 h ago", relative to `nowSec`. */
export function relativeTime(value: number, nowSec: number): string {
  const delta = Math.round(value - nowSec);
  const abs = Math.abs(delta);
  const unit = abs < 120 ? `${abs} s` : abs < 7200 ? `${Math.round(abs / 60)} min` : abs < 172800 ? `${Math.round(abs / 3600)} h` : `${Math.round(abs / 86400)} days`;
  return delta >= 0 ? `in ${unit}` : `${unit} ago`;
}

export type ClaimRow = { key: string; value: string; name: string | null; note: string | null; source: string | null; date: string | null };

/** Rows for the claims table: registered claims explained, times as dates, anything else shown as JSON. */
export function claimRows(object: Record<string, unknown> | null, notes: typeof claimNotes, nowSec: number | null): ClaimRow[] {
  if (!object) return [];
  return Object.entries(object)
    .slice(0, 50)
    .map(([key, raw]) => {
      const known = Object.hasOwn(notes, key) ? notes[key]! : null;
      const iso = (TIME_CLAIMS as readonly string[]).includes(key) && notes === claimNotes ? numericDate(raw) : null;
      const shown = JSON.stringify(raw) ?? "undefined";
      return {
        key,
        value: shown.length > 200 ? `${shown.slice(0, 197)}…` : shown,
        name: known?.name ?? null,
        note: known?.note ?? null,
        source: known?.source ?? null,
        date: iso && nowSec !== null ? `${iso} (${relativeTime(raw as number, nowSec)})` : iso,
      };
    });
}
