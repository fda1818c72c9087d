import { defineQuiz, type QuizSource } from "../quiz-schema";

/**
 * The quiz that closes the "jwt-sessions" lesson. Every explanation names its primary source.
 * Question ids are stored in learners' cookies: never rename one, add a new one instead.
 */
const source = (label: string, href: string): QuizSource => ({ label, href });
const RFC = "https://www.rfc-editor.org/rfc";
const OWASP_JWT = "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html";

const s = {
  jws: source("RFC 7515 §7.1: JWS Compact Serialization", `${RFC}/rfc7515#section-7.1`),
  jwe: source("RFC 7516 §7.1: JWE Compact Serialization", `${RFC}/rfc7516#section-7.1`),
  privacy: source("RFC 7519 §12: Privacy Considerations", `${RFC}/rfc7519#section-12`),
  aud: source("RFC 7519 §4.1.3: the aud claim", `${RFC}/rfc7519#section-4.1.3`),
  exp: source("RFC 7519 §4.1.4: the exp claim", `${RFC}/rfc7519#section-4.1.4`),
  dupes: source("RFC 7519 §4: claim names must be unique", `${RFC}/rfc7519#section-4`),
  algVerify: source("RFC 8725 §3.1: Perform Algorithm Verification", `${RFC}/rfc8725#section-3.1`),
  weakSig: source("RFC 8725 §2.1: Weak Signatures and Insufficient Signature Validation", `${RFC}/rfc8725#section-2.1`),
  entropy: source("RFC 8725 §3.5: Ensure Cryptographic Keys Have Sufficient Entropy", `${RFC}/rfc8725#section-3.5`),
  hsKey: source("RFC 7518 §3.2: HMAC key size", `${RFC}/rfc7518#section-3.2`),
  useAud: source("RFC 8725 §3.9: Use and Validate Audience", `${RFC}/rfc8725#section-3.9`),
  noTrust: source("RFC 8725 §3.10: Do Not Trust Received Claims", `${RFC}/rfc8725#section-3.10`),
  typ: source("RFC 8725 §3.11: Use Explicit Typing", `${RFC}/rfc8725#section-3.11`),
  at: source("RFC 9068 §2.1: typ at+jwt", `${RFC}/rfc9068#section-2.1`),
  denylist: source("OWASP JWT Cheat Sheet: No Built-In Token Revocation", `${OWASP_JWT}#no-built-in-token-revocation-by-the-user`),
  canonical: source("RFC 4648 §3.5: Canonical Encoding", `${RFC}/rfc4648#section-3.5`),
  frowned: source("OWASP JWT Cheat Sheet: Introduction", `${OWASP_JWT}#introduction`),
  storage: source("OWASP JWT Cheat Sheet: Token Storage on Client Side", `${OWASP_JWT}#token-storage-on-client-side`),
  bff: source("IETF draft: OAuth 2.0 for Browser-Based Applications", "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-browser-based-apps"),
  rotation: source("RFC 9700 §4.14.2: refresh tokens of public clients", `${RFC}/rfc9700#section-4.14.2`),
  auth0: source("Auth0: Refresh Token Rotation", "https://auth0.com/docs/secure/tokens/refresh-tokens/refresh-token-rotation"),
  jwks: source("RFC 7517 §5: JWK Set Format", `${RFC}/rfc7517#section-5`),
  rotateKeys: source("OpenID Connect Core §10.1.1: Rotation of Asymmetric Signing Keys", "https://openid.net/specs/openid-connect-core-1_0.html#RotateSigKeys"),
  firebase: source("Firebase: Manage session cookies", "https://firebase.google.com/docs/auth/admin/manage-cookies"),
  cognito: source("Amazon Cognito: Verifying a JSON Web Token", "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html"),
};

export const jwtSessionsQuiz = defineQuiz("content/quizzes/jwt-sessions.ts", {
  slug: "jwt-sessions",
  questions: [
    {
      id: "readable",
      kind: "single",
      prompt: "A service puts the user's email and date of birth into an HS256-signed JWT kept in a cookie. Who can read those two claims?",
      options: [
        { id: "only-server", text: "Only servers that hold the HS256 secret.", correct: false, explanation: "The secret is needed to make or check the signature, not to read the payload: the payload is base64url-encoded JSON, which anyone decodes.", source: s.jws },
        { id: "anyone", text: "Anyone who gets hold of the token, including the user and any script or log that sees it.", correct: true, explanation: "Right. A JWS protects integrity, not confidentiality. RFC 7519 warns that a JWT may carry privacy-sensitive data and that it must then be protected, for example by encryption (JWE), or left out.", source: s.privacy },
        { id: "nobody", text: "Nobody: HS256 encrypts the payload with the secret.", correct: false, explanation: "HS256 is HMAC-SHA-256, a message authentication code. It adds a tag; it does not encrypt anything. Encrypted JWTs use JWE, whose compact form has five parts.", source: s.jwe },
      ],
    },
    {
      id: "five-parts",
      kind: "single",
      prompt: "You paste a token with five dot-separated parts into the debugger. What is it?",
      options: [
        { id: "jwe", text: "A JWE: header, encrypted key, IV, ciphertext and tag. Only the header is readable.", correct: true, explanation: "Right. The JWE compact serialization has exactly these five parts; reading the content needs the recipient's decryption key.", source: s.jwe },
        { id: "two-sigs", text: "A JWS with two signatures.", correct: false, explanation: "The compact JWS serialization carries exactly one signature, in three parts. Several signatures need the JSON serialization, which is not dot-separated.", source: s.jws },
        { id: "broken", text: "A malformed JWT that every library should refuse outright.", correct: false, explanation: "Five parts is the valid compact form of a JWE. A JWS verifier should refuse it as not-a-JWS, but it is a well-formed token.", source: s.jwe },
      ],
    },
    {
      id: "alg-pin",
      kind: "single",
      prompt: "An API verifies RS256 tokens. Someone sends a token whose header says `\"alg\":\"HS256\"`, signed with HMAC using the API's public key as the secret. Which setting refuses it?",
      options: [
        { id: "pin", text: "The verifier's own allowed list, `algorithms: [\"RS256\"]`, checked before any key is used.", correct: true, explanation: "Right. RFC 8725 makes the verifier, not the token, choose the algorithm, and each key is used with one algorithm only. HS256 is not on the list, so the token fails before its signature is computed.", source: s.algVerify },
        { id: "longer-key", text: "A 4096-bit RSA key instead of 2048.", correct: false, explanation: "Key length does not matter here: the attack never uses RSA. The public key, of any size, is simply fed to HMAC as a secret by a verifier that follows the header.", source: s.weakSig },
        { id: "exp", text: "A shorter exp.", correct: false, explanation: "The forger writes its own claims, exp included. Expiry limits a stolen token's life; it does nothing against a forged one.", source: s.exp },
        { id: "hide-key", text: "Keeping the public key secret.", correct: false, explanation: "A public key is meant to be published (verifiers need it). The fix is in the verifier, not in hiding the key.", source: s.weakSig },
      ],
    },
    {
      id: "none",
      kind: "single",
      prompt: "Which tokens should a verifier that expects signed JWTs accept when the header says `\"alg\":\"none\"`?",
      options: [
        { id: "never", text: "None of them.", correct: true, explanation: "Right. An Unsecured JWT has no signature, so anyone can write one. RFC 8725 allows `none` only when the token is protected some other way, and a session verifier is not such a case.", source: s.algVerify },
        { id: "empty-sig", text: "Those whose signature part is empty, as RFC 7519 §6 requires for none.", correct: false, explanation: "An empty signature makes it a well-formed Unsecured JWT, which is exactly what must be refused: the format being right does not make the content trustworthy.", source: s.weakSig },
        { id: "https", text: "Those that arrived over HTTPS.", correct: false, explanation: "TLS protects the token in transit from eavesdroppers; it does not stop the client itself from writing whatever claims it likes.", source: s.weakSig },
      ],
    },
    {
      id: "relay",
      kind: "single",
      prompt: "Your identity provider issues tokens for both the billing API and the profile API, with the same key. The profile API checks signature, iss and exp. What goes wrong?",
      options: [
        { id: "relay", text: "A token issued for billing, or replayed by the billing service, is accepted by the profile API.", correct: true, explanation: "Right. When one issuer serves several audiences, tokens must carry aud and each service must refuse tokens not addressed to it.", source: s.useAud },
        { id: "nothing", text: "Nothing: a valid signature from the trusted issuer is enough.", correct: false, explanation: "The signature says who issued the token, not who it is for. RFC 7519 says a recipient that does not find itself in aud must reject the token.", source: s.aud },
        { id: "expire", text: "Tokens expire too early.", correct: false, explanation: "Expiry has nothing to do with which service a token is meant for.", source: s.exp },
      ],
    },
    {
      id: "denylist-key",
      kind: "single",
      prompt: "To support logout, you add revoked tokens to a deny list. What should the list be keyed on?",
      options: [
        { id: "jti", text: "The `(iss, jti)` pair, kept until the token's exp.", correct: true, explanation: "Right. jti sits inside the signed payload, so it cannot change without breaking the signature; iss scopes it to its issuer.", source: s.denylist },
        { id: "sha256", text: "SHA-256 of the raw token string.", correct: false, explanation: "One token has many spellings: ECDSA signatures have a malleable twin, and lenient decoders ignore the spare bits of a base64url part's last character. A different spelling hashes differently and slips past the list.", source: s.denylist },
        { id: "raw", text: "The raw token string.", correct: false, explanation: "The same problem as hashing it: the text is not canonical. Flipping a spare low bit in the last character gives new text that decodes to the same bytes.", source: s.canonical },
      ],
    },
    {
      id: "weak-secret",
      kind: "single",
      prompt: "An app signs HS256 tokens with the secret `secret`. An attacker has one ordinary token. What can they do?",
      options: [
        { id: "crack", text: "Guess the secret offline by recomputing the HMAC for candidates, then sign any claims they like.", correct: true, explanation: "Right. The token contains everything needed to test a guess, with no rate limit. RFC 8725 says human-memorable passwords must not be used as keys, and RFC 7518 requires at least 256 bits for HS256.", source: s.entropy },
        { id: "online", text: "Only guess online, and the login rate limit stops them.", correct: false, explanation: "No request to the server is needed to check a guess: the attacker computes HMAC(candidate, header.payload) and compares it with the signature they hold.", source: s.entropy },
        { id: "nothing", text: "Nothing: without the secret, the token cannot be changed.", correct: false, explanation: "True only while the secret stays unknown. A secret shorter than the 256 bits RFC 7518 requires, and this one is on every word list, does not stay unknown.", source: s.hsKey },
      ],
    },
    {
      id: "duplicates",
      kind: "single",
      prompt: "A token's payload is `{\"sub\":\"ana\",\"role\":\"user\",\"role\":\"admin\"}`. A gateway reads the first `role`, the service behind it uses JSON.parse. What does RFC 7519 say?",
      options: [
        { id: "reject-or-last", text: "Names must be unique; a parser must either reject the token or use only the last duplicate, so the two readers here disagree.", correct: true, explanation: "Right. The gateway sees user, the service sees admin. Rejecting duplicates removes the ambiguity.", source: s.dupes },
        { id: "first", text: "The first occurrence wins.", correct: false, explanation: "RFC 7519 allows only two behaviours: reject, or keep the lexically last member. Keeping the first is neither.", source: s.dupes },
        { id: "merge", text: "Both values apply, as a list.", correct: false, explanation: "JSON objects have no such rule, and RFC 7519 forbids duplicate names in a claims set.", source: s.dupes },
      ],
    },
    {
      id: "storage",
      kind: "single",
      prompt: "A single-page app gets OAuth tokens for its own API. Which storage keeps the tokens away from a script injected by XSS?",
      options: [
        { id: "bff", text: "A backend for frontend holds the tokens; the browser gets only an HttpOnly session cookie.", correct: true, explanation: "Right. No script can read a token the browser never has. The cookie still needs CSRF defences.", source: s.bff },
        { id: "local", text: "localStorage, with a short exp.", correct: false, explanation: "Any script on the origin reads localStorage. OWASP allows it only with short expiry and rotation, which limit, not prevent, theft.", source: s.storage },
        { id: "memory", text: "A JavaScript variable in a closure.", correct: false, explanation: "Injected script cannot read the variable directly but can make requests through the app's own fetch wrapper while the page is open: the token is used, if not stolen.", source: s.storage },
      ],
    },
    {
      id: "rotation",
      kind: "single",
      prompt: "With refresh-token rotation, an attacker copies refresh token R1 and uses it after the real client already swapped R1 for R2. What should the server do?",
      options: [
        { id: "family", text: "Refuse R1 and revoke the whole family, R2 included, so both must log in again.", correct: true, explanation: "Right. The server cannot tell which party is legitimate, so it ends every token descended from that login.", source: s.auth0 },
        { id: "refuse-only", text: "Refuse R1 and keep R2 working.", correct: false, explanation: "If the attacker had used R1 first, R2 would be the attacker's. Reuse shows a copy exists, so the whole family is suspect.", source: s.rotation },
        { id: "accept", text: "Accept R1: it is a valid signed token.", correct: false, explanation: "Rotated refresh tokens are single-use; a second use is the very signal rotation exists to detect.", source: s.rotation },
      ],
    },
    {
      id: "unknown-kid",
      kind: "single",
      prompt: "Your API caches an issuer's JWKS. A token arrives with a kid the cache does not have. What is the safe move?",
      options: [
        { id: "refetch", text: "Refetch the JWKS once from the URL you configured, then refuse the token if the kid is still unknown.", correct: true, explanation: "Right. That is how key rotation shows up, and OpenID Connect tells verifiers to go back to the jwks_uri on an unfamiliar kid. Rate-limit the refetch.", source: s.rotateKeys },
        { id: "jku", text: "Fetch the key from the URL in the token's jku header.", correct: false, explanation: "That lets the token choose its own key, and makes your server fetch any URL an attacker names (SSRF).", source: s.noTrust },
        { id: "try-all", text: "Try every key you have, with whatever algorithm the token names.", correct: false, explanation: "Trying keys with the token's algorithm reopens algorithm confusion. Keys are chosen by kid within a JWK Set, each with its own algorithm.", source: s.jwks },
      ],
    },
    {
      id: "typ",
      kind: "single",
      prompt: "An identity provider signs both ID tokens and access tokens with one key. How do Cognito and RFC 9068 keep an ID token from being accepted as an access token?",
      options: [
        { id: "typed", text: "A claim or header that names the kind: Cognito's token_use, RFC 9068's typ at+jwt, checked by the API.", correct: true, explanation: "Right. Explicit typing makes validation rules mutually exclusive, so one kind of token cannot pass for another.", source: s.at },
        { id: "different-exp", text: "Different lifetimes.", correct: false, explanation: "Both kinds can be unexpired at the same moment; lifetime does not say what a token is for.", source: s.typ },
        { id: "kid", text: "A different kid for each kind.", correct: false, explanation: "The key is shared in this scenario, and kid only says which key signed. Cognito's guide has apps check token_use for this.", source: s.cognito },
      ],
    },
    {
      id: "stateless",
      kind: "single",
      prompt: "Why does OWASP's JWT cheat sheet say that using a JWT as a stateless session is frowned upon?",
      options: [
        { id: "revocation", text: "A token stays valid until exp; ending it early needs a deny list, which is server state again.", correct: true, explanation: "Right. OWASP suggests ordinary framework sessions when an app does not need to be fully stateless.", source: s.frowned },
        { id: "insecure", text: "JWT signatures are weak.", correct: false, explanation: "With a pinned algorithm and a good key, the signature is sound. The trouble is lifetime and revocation, not the cryptography.", source: s.denylist },
        { id: "size", text: "Browsers refuse cookies that hold JWTs.", correct: false, explanation: "Browsers treat a JWT like any cookie value, within the usual 4096-byte limit. Firebase even issues JWT session cookies.", source: s.firebase },
      ],
    },
  ],
});
