import { compactVerify, importJWK, importSPKI, type JWK } from "jose";
import { isHmac } from "./algorithms";
import { decodeBase64url } from "./base64url";
import { hmacMatches } from "./hmac";

/**
 * A NAIVE VERIFIER — deliberately wrong, for teaching only. It runs in the browser and is never used to
 * protect anything. It does what vulnerable libraries and hand-written checks did (RFC 8725 §2): lets the
 * header choose the algorithm, uses its one configured key for whatever that algorithm is, trusts keys
 * named by the token (jwk, jku), builds a key lookup from kid by string concatenation, checks exp only
 * when present, never checks aud, and lets JSON.parse keep the last of two duplicate claims.
 */
export type NaiveConfig = {
  /** The one key it was configured with: an HMAC secret, or a PEM public key, as text. */
  key: string;
  /** What `https://…` URLs in jku answer with, standing in for the attacker's web server (nothing is fetched). */
  hosted?: Record<string, { keys: JWK[] }>;
  /** Seconds since 1970. */
  now: number;
};

export type NaiveResult = { accepted: boolean; steps: string[]; claims: Record<string, unknown> | null };

const KEY_TABLE: Record<string, string> = { "key-1": "the-real-signing-secret-nobody-knows" };

export async function naiveVerify(token: string, config: NaiveConfig): Promise<NaiveResult> {
  const steps: string[] = [];
  try {
    const [h, p, s] = token.trim().split(".");
    if (h === undefined || p === undefined || s === undefined) return { accepted: false, steps: ["Not three parts; even the naive verifier gives up."], claims: null };
    const header = JSON.parse(utf8(h)) as Record<string, unknown>;
    const claims = JSON.parse(utf8(p)) as Record<string, unknown>;
    const alg = String(header.alg);
    steps.push(`Reads alg ${JSON.stringify(alg)} from the token's own header and uses it.`);
    let ok = false;
    if (alg.toLowerCase() === "none") {
      steps.push("alg is none, so there is no signature to check: accepted as is.");
      ok = true;
    } else if (header.jwk && typeof header.jwk === "object") {
      steps.push("The header carries a jwk: uses that key, supplied by the token itself.");
      ok = await verifies(token, await importJWK(header.jwk as JWK, alg));
    } else if (typeof header.jku === "string") {
      const set = config.hosted?.[header.jku];
      steps.push(`Fetches the keys at jku ${header.jku} (simulated: the attacker's server answers).`);
      const jwk = set?.keys[0];
      ok = jwk ? await verifies(token, await importJWK(jwk, alg)) : false;
    } else if (typeof header.kid === "string") {
      const query = `SELECT secret FROM keys WHERE kid = '${header.kid}'`;
      steps.push(`Looks the key up with: ${query}`);
      const injected = /'\s*UNION\s+SELECT\s+'([^']*)'/i.exec(query);
      const secret = injected ? injected[1]! : KEY_TABLE[header.kid];
      if (injected) steps.push(`The kid rewrote the query: it returns ${JSON.stringify(secret)}, a secret the attacker chose.`);
      ok = secret !== undefined && secret !== "" && (await hmacMatches(token, new TextEncoder().encode(secret)));
    } else if (isHmac(alg)) {
      steps.push(config.key.includes("BEGIN PUBLIC KEY") ? "Uses its configured key (an RSA public key, as PEM text) as the HMAC secret." : "Checks the HMAC with its configured secret.");
      ok = await hmacMatches(token, new TextEncoder().encode(config.key));
    } else {
      steps.push("Uses its configured public key.");
      ok = await verifies(token, await importSPKI(config.key, alg));
    }
    if (!ok) return { accepted: false, steps: [...steps, "The signature does not match: refused."], claims };
    steps.push("Signature accepted.");
    if (typeof claims.exp === "number" && claims.exp <= config.now) return { accepted: false, steps: [...steps, "exp is in the past: refused."], claims };
    steps.push(claims.exp === undefined ? "No exp, so nothing to check: valid forever." : "exp is in the future.");
    steps.push("Never looks at aud or iss.");
    return { accepted: true, steps, claims };
  } catch (error) {
    return { accepted: false, steps: [...steps, `It crashed on this token (${error instanceof Error ? error.message.slice(0, 80) : "error"}), so it refuses.`], claims: null };
  }
}

async function verifies(token: string, key: Parameters<typeof compactVerify>[1]): Promise<boolean> {
  try {
    await compactVerify(token, key as never);
    return true;
  } catch {
    return false;
  }
}

function utf8(segment: string): string {
  const decoded = decodeBase64url(segment);
  if (!decoded.ok) throw new Error(`a part ${decoded.message}`);
  return new TextDecoder().decode(decoded.bytes);
}
