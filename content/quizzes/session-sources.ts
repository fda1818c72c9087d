import type { QuizSource } from "../quiz-schema";

/**
 * The primary sources the session quiz's explanations cite, each checked against the text at the
 * link (issue 9). One constant per passage, so an option names the exact section it rests on.
 */
const BIS = "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html";
const OWASP_SESSIONS = "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html";
const ASVS_V7 = "https://github.com/OWASP/ASVS/blob/v5.0.0/5.0/en/0x16-V7-Session-Management.md";
const COPENHAGEN = "https://thecopenhagenbook.com/sessions";

const source = (label: string, href: string): QuizSource => ({ label, href });

export const sources = {
  rfc9110Stateless: source("RFC 9110 §3.3: HTTP is a stateless protocol", "https://www.rfc-editor.org/rfc/rfc9110#section-3.3"),
  bisCookieHeader: source("RFC 6265bis §4.2: the Cookie header", `${BIS}#sane-cookie`),
  bisSetCookie: source("RFC 6265bis §4.1: Set-Cookie", `${BIS}#sane-set-cookie`),
  bisSameSite: source("RFC 6265bis §4.1.2.7: SameSite", `${BIS}#attribute-samesite`),
  bisStrictLax: source("RFC 6265bis §5.6.7.1: Strict and Lax enforcement", `${BIS}#strict-lax`),
  bisLaxUnsafe: source("RFC 6265bis §5.6.7.2: Lax-allowing-unsafe", `${BIS}#lax-allowing-unsafe`),
  bisDomain: source("RFC 6265bis §4.1.2.3: Domain", `${BIS}#attribute-domain`),
  bisPath: source("RFC 6265bis §4.1.2.4: Path", `${BIS}#attribute-path`),
  bisMaxAge: source("RFC 6265bis §4.1.2.2: Max-Age", `${BIS}#attribute-max-age`),
  bisExpires: source("RFC 6265bis §4.1.2.1: Expires", `${BIS}#attribute-expires`),
  bisLifetime: source("RFC 6265bis §5.5: cookie lifetime limits", `${BIS}#cookie-lifetime-limits`),
  bisPrefixes: source("RFC 6265bis §4.1.3: cookie name prefixes", `${BIS}#server-name-prefixes`),
  bisParse: source("RFC 6265bis §5.6: name + value over 4096 octets is ignored", `${BIS}#set-cookie`),
  bisSessionIds: source("RFC 6265bis §8.4: session identifiers", `${BIS}#session-identifiers`),
  bisWeakIntegrity: source("RFC 6265bis §8.6: weak integrity", `${BIS}#weak-integrity`),
  bisThirdParty: source("RFC 6265bis §7.1: third-party cookies", `${BIS}#third-party-cookies`),
  rfc6265Limits: source("RFC 6265 §6.1: limits", "https://www.rfc-editor.org/rfc/rfc6265#section-6.1"),
  rfc7519: source("RFC 7519 §3: JWTs are JWS or JWE", "https://www.rfc-editor.org/rfc/rfc7519#section-3"),
  rfc7518Hmac: source("RFC 7518 §3.2: HS256 is HMAC with SHA-256", "https://www.rfc-editor.org/rfc/rfc7518#section-3.2"),
  mdnHttpOnly: source("MDN: Set-Cookie, HttpOnly", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#httponly"),
  mdnSessionCookie: source("MDN: Set-Cookie, Expires (session cookies)", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#expiresdate"),
  bcdSetCookie: source("MDN browser-compat-data: Set-Cookie", "https://github.com/mdn/browser-compat-data/blob/main/http/headers/Set-Cookie.json"),
  owaspIdleTimeout: source("OWASP Session Management: Idle Timeout", `${OWASP_SESSIONS}#idle-timeout`),
  owaspAbsoluteTimeout: source("OWASP Session Management: Absolute Timeout", `${OWASP_SESSIONS}#absolute-timeout`),
  owaspRenewalTimeout: source("OWASP Session Management: Renewal Timeout", `${OWASP_SESSIONS}#renewal-timeout`),
  owaspRenewId: source(
    "OWASP Session Management: Renew the Session ID After Any Privilege Level Change",
    `${OWASP_SESSIONS}#renew-the-session-id-after-any-privilege-level-change`,
  ),
  owaspIdContent: source("OWASP Session Management: Session ID Content (or Value)", `${OWASP_SESSIONS}#session-id-content-or-value`),
  owaspEntropy: source("OWASP Session Management: Session ID Entropy", `${OWASP_SESSIONS}#session-id-entropy`),
  owaspSameSite: source("OWASP Session Management: SameSite Attribute", `${OWASP_SESSIONS}#samesite-attribute`),
  owaspBinding: source(
    "OWASP Session Management: Binding the Session ID to Other User Properties",
    `${OWASP_SESSIONS}#binding-the-session-id-to-other-user-properties`,
  ),
  owaspWebStorage: source("OWASP Session Management: HTML5 Web Storage API", `${OWASP_SESSIONS}#html5-web-storage-api`),
  owaspReauth: source("OWASP Session Management: Reauthentication After Risk Events", `${OWASP_SESSIONS}#reauthentication-after-risk-events`),
  owaspXss: source(
    "OWASP Cross Site Scripting Prevention Cheat Sheet",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
  ),
  owaspJwtRevocation: source(
    "OWASP JWT Cheat Sheet: token revocation",
    "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html#no-built-in-token-revocation-by-the-user",
  ),
  asvsTerminateAll: source("ASVS 5.0 V7.4.2 and V7.4.3: terminate all sessions", ASVS_V7),
  asvsViewTerminate: source("ASVS 5.0 V7.5.2: view and terminate sessions", ASVS_V7),
  asvsReauth: source("ASVS 5.0 V7.5.1: re-authenticate before sensitive changes", ASVS_V7),
  copenhagenSudo: source("The Copenhagen Book: Sessions, Sudo mode", `${COPENHAGEN}#sudo-mode`),
  copenhagenInvalidation: source("The Copenhagen Book: Sessions, Session invalidation", `${COPENHAGEN}#session-invalidation`),
  copenhagenFixation: source("The Copenhagen Book: Sessions, Session fixation attacks", `${COPENHAGEN}#session-fixation-attacks`),
  copenhagenStorage: source("The Copenhagen Book: Sessions, Client storage", `${COPENHAGEN}#client-storage`),
  ironSessionTtl: source("iron-session 9.0.1 README: Session options (password, ttl, Max-Age)", "https://www.npmjs.com/package/iron-session/v/9.0.1#session-options"),
  ironSessionInvalidate: source("iron-session 9.0.1 README: How to invalidate sessions?", "https://www.npmjs.com/package/iron-session/v/9.0.1#how-to-invalidate-sessions"),
  ironSession530: source("iron-session issue #530: logout does not revoke a seal (by design)", "https://github.com/vvo/iron-session/issues/530"),
  ironSessionChunk: source(
    "iron-session 9.0.1 dist/index.js: writeSeal measures the whole Set-Cookie line",
    "https://www.npmjs.com/package/iron-session/v/9.0.1?activeTab=code",
  ),
  ironWebcrypto: source("iron-webcrypto 2.0.0: timestampSkewSec defaults to 60 s", "https://www.npmjs.com/package/iron-webcrypto/v/2.0.0"),
  awsAlbSticky: source("AWS ALB: sticky sessions", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html"),
  redisGetex: source("Redis: GETEX (since 6.2.0)", "https://redis.io/docs/latest/commands/getex/"),
  oauthBff: source(
    "OAuth 2.0 for Browser-Based Applications (IETF draft): Backend For Frontend",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-browser-based-apps",
  ),
  mdnPartitioned: source("MDN: Cookies Having Independent Partitioned State (CHIPS)", "https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/Privacy_sandbox/Partitioned_cookies"),
} as const;
