import { isHmac } from "./algorithms";
import { COMMON_SECRETS } from "./common-secrets";
import type { Decoded } from "./decode";

export type Finding = {
  id: string;
  /** "risk": fix before trusting this token; "advice": worth changing; never shown by colour alone (the word is printed). */
  level: "risk" | "advice";
  message: string;
  source: string;
};

export type LintPolicy = {
  /** The longest lifetime (exp − iat) the learner accepts, in seconds. */
  maxLifetimeSec: number;
  /** Seconds since 1970, for tokens without iat. */
  now: number;
  /** Whether the learner's secret (when HMAC) was found in the common-secrets list. */
  secretIsCommon?: boolean;
};

const PERSONAL_NAMES = /^(email|e-mail|mail|name|given_name|family_name|phone|phone_number|mobile|address|street|birthdate|dob|date_of_birth|ssn|passport|iban|card|credit_card|salary|gender)$/i;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const PHONE = /^\+?[\d ()-]{9,}$/;

/** RFC 8725 (JWT BCP) checks on a decoded token. Pure and synchronous. */
export function lintToken(decoded: Decoded, policy: LintPolicy): Finding[] {
  const findings: Finding[] = [];
  const header = decoded.header;
  const payload = decoded.payload;
  if (!header) return findings;
  const alg = header.alg;
  if (alg === "none") findings.push({ id: "alg-none", level: "risk", message: "alg is \"none\": no signature at all. Anyone can write this token.", source: "RFC 8725 §3.1; RFC 7519 §6" });
  for (const name of ["jku", "x5u"] as const) {
    if (header[name] !== undefined) findings.push({ id: `header-${name}`, level: "risk", message: `The header carries "${name}", a URL to fetch keys from. A verifier that follows it lets the token choose its own key, and makes the server fetch any URL (SSRF).`, source: "RFC 8725 §3.10; OWASP JWT Cheat Sheet" });
  }
  if (header.jwk !== undefined) findings.push({ id: "header-jwk", level: "risk", message: "The header embeds its own key (\"jwk\"). Trusting it means trusting whoever made the token.", source: "RFC 8725 §3.10; CVE-2018-0114" });
  if (header.kid !== undefined) {
    const kid = String(header.kid);
    const suspicious = /['";\\/]|\.\.|\bunion\b|\bselect\b/i.test(kid);
    findings.push({ id: "header-kid", level: suspicious ? "risk" : "advice", message: suspicious ? `kid ${JSON.stringify(kid.slice(0, 60))} looks like a path or a query. A kid may only select among the verifier's own keys; never put it into a file path or SQL.` : `kid ${JSON.stringify(kid.slice(0, 60))}: fine as a lookup key in your own key set, and only that.`, source: "RFC 8725 §3.10; RFC 7515 §4.1.4" });
  }
  if (header.typ === undefined) findings.push({ id: "no-typ", level: "advice", message: "No \"typ\" header. Explicit types (e.g. at+jwt) keep one kind of token from being accepted as another.", source: "RFC 8725 §3.11" });
  if (payload) {
    if (payload.exp === undefined) findings.push({ id: "no-exp", level: "risk", message: "No \"exp\": the token never expires. A copy that leaks works forever.", source: "RFC 9068 §2.2; OWASP JWT Cheat Sheet" });
    if (payload.aud === undefined) findings.push({ id: "no-aud", level: "risk", message: "No \"aud\": any service that trusts this issuer will accept it, so one service can replay it against another. When an issuer serves more than one audience, aud is a MUST.", source: "RFC 8725 §2.7, §3.9" });
    if (payload.iss === undefined) findings.push({ id: "no-iss", level: "advice", message: "No \"iss\": the verifier cannot check who issued it, or pick the right keys for that issuer.", source: "RFC 8725 §3.8" });
    if (typeof payload.exp === "number") {
      const start = typeof payload.iat === "number" ? payload.iat : policy.now;
      const lifetime = payload.exp - start;
      if (lifetime > policy.maxLifetimeSec) {
        findings.push({ id: "long-lifetime", level: "risk", message: `Lifetime ${formatSeconds(lifetime)} ${typeof payload.iat === "number" ? "(exp − iat)" : "(exp − now)"} is longer than your policy of ${formatSeconds(policy.maxLifetimeSec)}. Until exp, only a deny list can stop a stolen copy.`, source: "OWASP JWT Cheat Sheet (token revocation)" });
      }
    }
    const personal = Object.entries(payload).filter(([key, value]) => PERSONAL_NAMES.test(key) || (typeof value === "string" && (EMAIL.test(value) || PHONE.test(value))));
    if (personal.length > 0) findings.push({ id: "personal-data", level: "risk", message: `${personal.map(([k]) => `"${k}"`).slice(0, 4).join(", ")} look${personal.length === 1 ? "s" : ""} personal. A signed JWT is readable by anyone who holds it: it is encoded, not encrypted.`, source: "RFC 7519 §12" });
  }
  if (decoded.warnings.some((w) => w.message.includes("non-canonical"))) findings.push({ id: "non-canonical", level: "risk", message: "A part has a non-canonical base64url spelling: the same token has several spellings, so a deny list keyed on the raw string misses copies. Key deny lists on jti.", source: "RFC 4648 §3.5; OWASP JWT Cheat Sheet (token revocation)" });
  if (decoded.warnings.some((w) => w.message.includes("repeat"))) findings.push({ id: "duplicate-claims", level: "risk", message: "A claim name appears twice. Parsers disagree on which one counts.", source: "RFC 7519 §4" });
  if (typeof alg === "string" && isHmac(alg) && policy.secretIsCommon) findings.push({ id: "weak-secret", level: "risk", message: `The HMAC secret is on a short list of common secrets (${COMMON_SECRETS.length} entries). Anyone holding one token can find it offline and then sign anything.`, source: "RFC 8725 §3.5; RFC 7518 §3.2" });
  return findings;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} days`;
}
