import { defineQuiz } from "../quiz-schema";
import { sources } from "./session-sources";

/**
 * The quiz that closes the "session" lesson. Every explanation names its primary source
 * (./session-sources.ts), re-checked against the text at the link for issue 9.
 * Distractors are wrong for different reasons; each explanation says which.
 * Question ids are stored in learners' cookies: never rename one, add a new one instead.
 */
export const sessionQuiz = defineQuiz("content/quizzes/session.ts", {
  slug: "session",
  questions: [
    {
      id: "stateless",
      kind: "single",
      terms: ["stateless", "cookie"],
      section: "http-forgets-you",
      hint: "Think about what a server knows when a request arrives: does anything from the previous request on the same connection count on its own?",
      lab: { href: "/sandbox?kind=server#server-wire", label: "the wire view, in the sandbox" },
      prompt: "HTTP is called stateless. What does that mean for an app that wants to remember a logged-in user?",
      options: [
        {
          id: "keep-alive",
          text: "The server can recognise the user by the TCP connection, which keep-alive holds open between requests.",
          correct: false,
          explanation:
            "A connection is not an identity: browsers open several, either side may close one at any time, and proxies reuse connections for many users. HTTP gives a request no meaning from the ones before it on the same connection.",
          source: sources.rfc9110Stateless,
        },
        {
          id: "each-request",
          text: "Each request stands on its own, so the browser must send something with every request (usually a cookie) for the server to know who it is.",
          correct: true,
          explanation:
            "Right. The protocol keeps no memory between requests. Sessions are built on top: the server hands out a cookie once, and the browser sends it back with every later request.",
          source: sources.rfc9110Stateless,
        },
        {
          id: "ip-address",
          text: "The server remembers each user by their IP address.",
          correct: false,
          explanation:
            "Many users share one address behind NAT or a corporate proxy, and one user's address changes as a phone moves between networks. An IP address can be a hint for spotting hijacking, never the identity.",
          source: sources.owaspBinding,
        },
        {
          id: "no-state",
          text: "No state can travel over HTTP at all, so logins need WebSockets or another protocol.",
          correct: false,
          explanation:
            "State travels fine over HTTP, in headers such as Cookie and Authorization that are sent with each request. Stateless means the server is not required to remember anything between requests, not that nothing can be carried.",
          source: sources.rfc9110Stateless,
        },
      ],
    },
    {
      id: "round-trip",
      kind: "single",
      terms: ["cookie", "session-id"],
      section: "the-round-trip-set-cookie-cookie-lookup",
      hint: "Path, Secure and HttpOnly are instructions to the browser. Which header goes from browser to server, and which part of the cookie does the server need?",
      lab: { href: "/sandbox?kind=server#server-wire", label: "the wire view, in the sandbox" },
      prompt:
        "After login the server answers with `Set-Cookie: id=31d4d96e407aad42; Path=/; Secure; HttpOnly`. What does the browser send with its next request to that site?",
      options: [
        {
          id: "with-attrs",
          text: "`Cookie: id=31d4d96e407aad42; Path=/; Secure; HttpOnly`",
          correct: false,
          explanation:
            "The attributes are instructions for the browser and stay in the browser. The server never sees them again, which is why it cannot tell who set a cookie or with which attributes.",
          source: sources.bisCookieHeader,
        },
        {
          id: "set-cookie",
          text: "`Set-Cookie: id=31d4d96e407aad42`",
          correct: false,
          explanation: "Set-Cookie is a response header, from server to browser. Requests carry cookies in the Cookie header.",
          source: sources.bisSetCookie,
        },
        {
          id: "name-value",
          text: "`Cookie: id=31d4d96e407aad42`",
          correct: true,
          explanation:
            "Right. The Cookie request header carries only name=value pairs. The server looks the ID up (or unseals the value) to find the session.",
          source: sources.bisCookieHeader,
        },
        {
          id: "bearer",
          text: "`Authorization: Bearer 31d4d96e407aad42`",
          correct: false,
          explanation:
            "Browsers never turn cookies into an Authorization header. A bearer token is sent only when the page's own script attaches it, which means script can read it.",
          source: sources.copenhagenStorage,
        },
      ],
    },
    {
      id: "where-state",
      kind: "multi",
      terms: ["stateful", "sealed-cookie", "jwt"],
      section: "where-session-state-lives",
      hint: "For each design ask two things: where do the session's bytes live, and what would the server have to delete to end the session?",
      lab: { href: "/sandbox?kind=sealed#sealed-inside", label: "inside a sealed cookie, in the sandbox" },
      prompt: "Session state can live in a server-side store, in a sealed cookie (iron-session) or in a signed JWT. Which statements are true?",
      options: [
        {
          id: "store-lookup",
          text: "With a server-side store the cookie holds only an opaque random ID; the data stays on the server, and every request costs a lookup.",
          correct: true,
          explanation:
            "True. The ID means nothing by itself (OWASP: the meaning lives on the server), so the cookie is small and leaks nothing, but the store must be reachable from every server that answers requests.",
          source: sources.owaspIdContent,
        },
        {
          id: "sealed-size",
          text: "A sealed cookie carries the data itself, encrypted and signed, so no store is needed, but the whole state travels with every request and must fit in about 4 kB.",
          correct: true,
          explanation:
            "True. That is the stateless trade: no lookup, but every request pays for the bytes, and RFC 6265bis tells browsers to ignore a cookie whose name and value together pass 4096 bytes.",
          source: sources.bisParse,
        },
        {
          id: "sealed-readable",
          text: "Page scripts can read a sealed cookie's data, because sealing only signs it.",
          correct: false,
          explanation:
            "Sealing encrypts and then signs (iron-session uses AES-256-CBC plus HMAC-SHA256), so the content is unreadable without the secret. Signing alone is what a JWT does. With HttpOnly, scripts cannot even see the cookie.",
          source: sources.ironWebcrypto,
        },
        {
          id: "revoke-store",
          text: "A server-side session can be ended at once by deleting its record; a sealed cookie or JWT stays valid until it expires unless the server keeps a deny list.",
          correct: true,
          explanation:
            "True. Revocation is where stateless sessions pay: to refuse a still-valid token, the server has to remember something about it, which brings state back.",
          source: sources.owaspJwtRevocation,
        },
        {
          id: "jwt-db",
          text: "A JWT must be stored in a database so the server can check its signature.",
          correct: false,
          explanation:
            "Checking a signature needs only the key, not a copy of the token. That is the whole appeal of JWTs, and also why they are hard to revoke.",
          source: sources.rfc7518Hmac,
        },
      ],
    },
    {
      id: "jwt-readable",
      kind: "single",
      terms: ["jwt", "jws"],
      section: "in-a-signed-token-jwt",
      hint: "A signature and encryption do different jobs. Which one stops a change, and which one stops reading?",
      lab: { href: "/lessons/jwt-sessions#lab-jwt-debugger", label: "the JWT debugger" },
      prompt: 'A server issues a signed JWT (HS256) whose payload is `{"sub":"42","role":"admin"}`. Who can read those claims?',
      options: [
        {
          id: "anyone",
          text: "Anyone who holds the token: the header and payload are only base64url-encoded.",
          correct: true,
          explanation:
            "Right. Paste a token into any decoder and the claims appear. The signature stops changes, not reading, so never put secrets or personal data in a JWS payload.",
          source: sources.rfc7519,
        },
        {
          id: "secret-holders",
          text: "Only servers that know the HS256 secret.",
          correct: false,
          explanation:
            "The secret signs and verifies; it does not encrypt. Without it you cannot forge or alter a token, but you can read one. Encrypted JWTs exist, but they use JWE instead of JWS; a token signed with HS256 is a JWS.",
          source: sources.rfc7519,
        },
        {
          id: "brute-force",
          text: "Anyone, but only after brute-forcing the signature.",
          correct: false,
          explanation:
            "No brute force is needed: the claims are readable before and without any signature check. Cracking a weak secret would let an attacker forge tokens, which is a different problem.",
          source: sources.rfc7518Hmac,
        },
        {
          id: "nobody",
          text: "Nobody, because HS256 encrypts the payload.",
          correct: false,
          explanation:
            "HS256 is HMAC with SHA-256: a message authentication code computed over the token, not a cipher. The payload is left as plain base64url.",
          source: sources.rfc7518Hmac,
        },
      ],
    },
    {
      id: "xss-httponly",
      kind: "multi",
      terms: ["xss", "httponly", "samesite"],
      section: "csrf-and-xss",
      hint: "HttpOnly hides the cookie from exactly one thing. And the injected script runs on which site: yours or another?",
      prompt:
        "An attacker finds an XSS hole on your site. Your session cookie is `HttpOnly; Secure; SameSite=Lax`. What can the injected script still do?",
      options: [
        {
          id: "read-cookie",
          text: "Read the session cookie with `document.cookie` and send it to the attacker's server.",
          correct: false,
          explanation:
            "This is the one thing HttpOnly does prevent: the cookie is left out of `document.cookie` and other script APIs, so it cannot be copied out.",
          source: sources.mdnHttpOnly,
        },
        {
          id: "send-requests",
          text: "Send requests to your site from the victim's browser; the browser attaches the session cookie to them.",
          correct: true,
          explanation:
            "True. HttpOnly hides the cookie from script, not from requests. The script can act as the user for as long as the page is open, without ever seeing the cookie.",
          source: sources.mdnHttpOnly,
        },
        {
          id: "read-pages",
          text: "Read what your pages show the logged-in user, including any CSRF token embedded in them.",
          correct: true,
          explanation:
            "True. The script runs in your origin, so it can fetch and read your own pages. That is why XSS defeats CSRF tokens too: prevent XSS itself with output encoding and a Content Security Policy.",
          source: sources.owaspXss,
        },
        {
          id: "samesite-blocks",
          text: "Nothing, because SameSite=Lax stops scripts from sending requests with the cookie.",
          correct: false,
          explanation:
            "SameSite limits cross-site requests. Injected script runs on your own site, so its requests are same-site and carry the cookie.",
          source: sources.bisSameSite,
        },
      ],
    },
    {
      id: "samesite-default",
      kind: "single",
      terms: ["samesite"],
      section: "cookie-attributes-that-matter",
      hint: "One browser engine changed this default in 2020. Check the compatibility data: did the other engines follow?",
      prompt: "You set a session cookie without a SameSite attribute. How do browsers treat it today?",
      options: [
        {
          id: "all-lax",
          text: "Every modern browser treats it as SameSite=Lax.",
          correct: false,
          explanation:
            "A common claim, even in some guides, but only Chromium-based browsers default to Lax. Firefox has it only behind a preference and Safari does not do it.",
          source: sources.bcdSetCookie,
        },
        {
          id: "depends",
          text: "It depends on the browser: Chromium-based browsers treat it as Lax, Firefox and Safari by default do not. So set SameSite explicitly.",
          correct: true,
          explanation:
            "Right. The compatibility data lists Lax by default in Chrome 80+ and Edge 86+, in Firefox only behind a preference, and not in Safari. Chrome also lets a cookie without SameSite ride a top-level cross-site POST for two minutes after it is set (RFC 6265bis calls this Lax-allowing-unsafe). Relying on a default you do not control is fragile: set it.",
          source: sources.bcdSetCookie,
        },
        {
          id: "all-strict",
          text: "Every browser treats it as SameSite=Strict.",
          correct: false,
          explanation: "No browser defaults to Strict; it would break every link into a logged-in site from elsewhere.",
          source: sources.bisSameSite,
        },
        {
          id: "all-none",
          text: "Every browser treats it as SameSite=None and sends it on all cross-site requests.",
          correct: false,
          explanation:
            "Chromium-based browsers have used Lax since Chrome 80 (2020). Firefox and Safari do not default to Lax, but they no longer send cookies on every cross-site request either: their third-party cookie blocking and partitioning hold many back.",
          source: sources.bcdSetCookie,
        },
      ],
    },
    {
      id: "csrf-lax",
      kind: "single",
      terms: ["samesite", "csrf"],
      section: "csrf-and-xss",
      hint: "Lax makes one exception for requests another site starts. Which kind of request is it, and with which methods?",
      prompt: "Your session cookie is set with `SameSite=Lax`. A page on another site, `evil.example`, tries four things. Which request carries your cookie?",
      options: [
        {
          id: "form-post",
          text: "A hidden form that auto-submits a POST to `https://bank.example/transfer`.",
          correct: false,
          explanation:
            "Lax withholds cookies from cross-site POSTs, which is what makes it a useful CSRF defence. (Chrome's two-minute exception applies only to cookies set without any SameSite attribute.)",
          source: sources.bisStrictLax,
        },
        {
          id: "fetch",
          text: "`fetch('https://bank.example/api/me', { credentials: 'include' })`",
          correct: false,
          explanation:
            "A cross-site fetch is a subresource request, not a top-level navigation, so Lax cookies are not attached whatever `credentials` says.",
          source: sources.bisStrictLax,
        },
        {
          id: "img",
          text: "An `<img src=\"https://bank.example/transfer?to=eve\">` on the evil page.",
          correct: false,
          explanation:
            "An image is a cross-site subresource request, so Lax (and Strict) cookies stay home. Only a cookie set with SameSite=None could go along, and only where the browser still allows third-party cookies.",
          source: sources.bisStrictLax,
        },
        {
          id: "top-level-get",
          text: "A link that navigates the whole tab to `https://bank.example/transfer?to=eve&amount=500`.",
          correct: true,
          explanation:
            "Right. Lax still sends cookies on top-level navigations with safe methods such as GET, so a GET that changes state is open to CSRF. Never change state on GET, and keep a CSRF token or Origin check for the rest.",
          source: sources.bisStrictLax,
        },
      ],
    },
    {
      id: "host-only",
      kind: "single",
      terms: ["cookie"],
      section: "cookie-attributes-that-matter",
      hint: "Does naming a domain in the Domain attribute narrow a cookie to that host, or widen it to the host's subdomains?",
      lab: { href: "/sandbox?kind=server#server-wire", label: "the wire view, in the sandbox" },
      prompt:
        "Your app runs at `app.example.com`. Its session cookie must go back to exactly that host and to no other host or subdomain. What do you write in Set-Cookie?",
      options: [
        {
          id: "domain-parent",
          text: "`Domain=.example.com`",
          correct: false,
          explanation:
            "That is the widest scope possible: every subdomain of example.com receives it (the leading dot is ignored), and any of them can also set a cookie that shadows yours.",
          source: sources.bisDomain,
        },
        {
          id: "domain-self",
          text: "`Domain=app.example.com`",
          correct: false,
          explanation:
            "Naming a domain, even your own host, widens the scope to that host and all of its subdomains, such as `x.app.example.com`. Only leaving Domain out keeps the cookie to one host.",
          source: sources.bisDomain,
        },
        {
          id: "path",
          text: "`Path=/app`",
          correct: false,
          explanation:
            "Path filters by URL path on the same host; it says nothing about other hosts. It is not a security boundary either, since pages on other paths of the same origin can still reach the cookie.",
          source: sources.bisPath,
        },
        {
          id: "no-domain",
          text: "Leave the Domain attribute out.",
          correct: true,
          explanation:
            "Right. A cookie without Domain is host-only: it is sent to the exact host that set it. That is also one of the rules of the `__Host-` prefix.",
          source: sources.bisDomain,
        },
      ],
    },
    {
      id: "lifetime",
      kind: "multi",
      terms: ["cookie"],
      section: "cookie-attributes-that-matter",
      hint: "Three things to settle: which attribute wins when two lifetimes disagree, what a cookie with neither is, and whether a browser must honour any length you ask for.",
      prompt: "Which statements about a cookie's lifetime are true?",
      options: [
        {
          id: "max-age-wins",
          text: "If a cookie has both Max-Age and Expires, Max-Age wins.",
          correct: true,
          explanation:
            "True. Max-Age is a number of seconds from now and does not depend on the client's clock; Expires is kept for very old clients.",
          source: sources.bisMaxAge,
        },
        {
          id: "swapped",
          text: "Expires is a number of seconds from now; Max-Age is a date.",
          correct: false,
          explanation: "Swapped: Expires takes an HTTP date, Max-Age a number of seconds.",
          source: sources.bisExpires,
        },
        {
          id: "no-expiry",
          text: "A cookie with neither Max-Age nor Expires is a session cookie: the browser drops it when the browsing session ends.",
          correct: true,
          explanation:
            "True, with a catch: browsers that restore the previous session on start-up may keep session cookies for much longer. Do not rely on it for logout.",
          source: sources.mdnSessionCookie,
        },
        {
          id: "cap-400",
          text: "A browser may cut a cookie's lifetime short even if Max-Age asks for longer; RFC 6265bis says the cap SHOULD NOT exceed 400 days.",
          correct: true,
          explanation:
            "True. The draft says browsers MUST limit a cookie's lifetime, recommends 400 days, and lets them choose less. Older advice of one to two years (the Copenhagen Book said so until 2024) is out of date.",
          source: sources.bisLifetime,
        },
        {
          id: "zero-forever",
          text: "`Max-Age=0` makes a cookie that never expires.",
          correct: false,
          explanation:
            "The opposite: zero or a negative Max-Age expires the cookie at once. That is how a server deletes a cookie.",
          source: sources.bisMaxAge,
        },
      ],
    },
    {
      id: "host-prefix",
      kind: "multi",
      terms: ["host-prefix", "secure"],
      section: "cookie-attributes-that-matter",
      hint: "The prefix promises a cookie that belongs to one host, for the whole site, over HTTPS. Which attribute does each part of that promise need?",
      prompt: "A browser stores a cookie named `__Host-id` only if the Set-Cookie that sends it meets some rules. Which of these does the prefix require?",
      options: [
        {
          id: "secure",
          text: "The `Secure` attribute, sent from a secure (HTTPS) origin.",
          correct: true,
          explanation:
            "Required. Both `__Secure-` and `__Host-` demand Secure, so a network attacker on plain HTTP cannot set or overwrite the cookie.",
          source: sources.bisPrefixes,
        },
        {
          id: "httponly",
          text: "The `HttpOnly` attribute.",
          correct: false,
          explanation: "A very good idea for a session cookie, but the prefix does not require it: a `__Host-` cookie may be readable by script.",
          source: sources.bisPrefixes,
        },
        {
          id: "path-root",
          text: "`Path=/`",
          correct: true,
          explanation: "Required, so the cookie covers the whole host and another cookie with a narrower path cannot shadow it.",
          source: sources.bisPrefixes,
        },
        {
          id: "no-domain",
          text: "No `Domain` attribute.",
          correct: true,
          explanation:
            "Required. The cookie is host-only, so a sibling subdomain cannot plant a cookie with the same name (cookie tossing).",
          source: sources.bisPrefixes,
        },
        {
          id: "strict",
          text: "`SameSite=Strict`",
          correct: false,
          explanation: "Also not required by the prefix. SameSite is chosen separately; OWASP's example pairs a `__Host-` cookie with Strict by choice.",
          source: sources.bisPrefixes,
        },
      ],
    },
    {
      id: "size-limit",
      kind: "single",
      terms: ["sealed-cookie", "cookie"],
      section: "size-4096-bytes",
      hint: "RFC 6265bis tells browsers what to do with a cookie over the limit, and it is not trimming. What does the server see on the next request?",
      lab: { href: "/sandbox?kind=sealed#sealed-size", label: "the size bar, in the sandbox" },
      prompt: "A sealed session cookie grows past 4096 bytes. What happens?",
      options: [
        {
          id: "split",
          text: "The browser splits it across several cookies for you.",
          correct: false,
          explanation:
            "Browsers never split cookies. Some libraries can chunk a seal into several cookies on the server (iron-session's `chunk` option), but each still has to fit.",
          source: sources.ironSessionChunk,
        },
        {
          id: "truncate",
          text: "The browser keeps the first 4096 bytes.",
          correct: false,
          explanation:
            "Browsers do not truncate; and a truncated seal would fail its integrity check anyway, leaving no session.",
          source: sources.bisParse,
        },
        {
          id: "ignored",
          text: "Browsers may refuse to store it, so the session silently stays as it was; that is why iron-session throws instead of sending it.",
          correct: true,
          explanation:
            "Right. RFC 6265bis tells browsers to ignore a Set-Cookie whose name and value pass 4096 bytes (RFC 6265 only asked them to store at least 4096 bytes, attributes included). iron-session 9.0.1 is stricter still: it measures the whole Set-Cookie line, attributes too, and throws past 4096 bytes unless `chunk: true`.",
          source: sources.ironSessionChunk,
        },
        {
          id: "script-only",
          text: "Nothing: the limit applies only to cookies that page scripts can read.",
          correct: false,
          explanation: "The limit applies to every cookie, HttpOnly or not. It is about storage and header size, not about who can read it.",
          source: sources.rfc6265Limits,
        },
      ],
    },
    {
      id: "fixation",
      kind: "single",
      terms: ["session-fixation", "session-id"],
      section: "regeneration-on-login-and-privilege-change",
      hint: "Who could have known the session ID before the user typed their password, and what happens to that ID when the login succeeds?",
      lab: { href: "/sandbox?kind=server#server-fixation", label: "the session fixation lab, in the sandbox" },
      prompt: "Why should the server issue a new session ID when a user logs in (and again when their privileges change)?",
      options: [
        {
          id: "fixation",
          text: "So that an ID an attacker planted or learned before login is not the one that becomes logged in (session fixation).",
          correct: true,
          explanation:
            "Right. If the ID stays the same, an attacker who got the victim to use a known ID simply waits for them to log in. A fresh ID after login makes the planted one worthless.",
          source: sources.bisSessionIds,
        },
        {
          id: "wear-out",
          text: "Because a session ID wears out after a number of requests.",
          correct: false,
          explanation:
            "A random 128-bit ID does not get weaker with use. The reason is who else might know it, not how often it was sent.",
          source: sources.owaspEntropy,
        },
        {
          id: "empty-cart",
          text: "So that the old session's data, such as the shopping cart, is thrown away.",
          correct: false,
          explanation:
            "Regenerating replaces the ID and usually keeps the data (it is copied to the new ID). The point is the identifier, not the contents.",
          source: sources.owaspRenewId,
        },
        {
          id: "url-only",
          text: "It matters only when the ID travels in the URL; an ID in a cookie cannot be planted.",
          correct: false,
          explanation:
            "Cookies can be planted too: by a sibling subdomain (unless the cookie uses `__Host-`), by an XSS hole, or on a shared computer. Regenerate on every login.",
          source: sources.copenhagenFixation,
        },
      ],
    },
    {
      id: "timeouts",
      kind: "single",
      terms: ["absolute-timeout", "idle-timeout"],
      section: "idle-and-absolute-timeouts",
      hint: "A click every minute keeps one of the two timeouts from ever firing. Which one does activity not reset?",
      prompt:
        "A bank's app has a 15-minute idle timeout and an 8-hour absolute timeout. A teller logs in at 9:00 and clicks something every minute all day. When does the session end?",
      options: [
        {
          id: "never",
          text: "Never, because every click resets the idle timer.",
          correct: false,
          explanation: "That is exactly the gap an absolute timeout closes: a session that is kept busy, or a stolen one, cannot live forever.",
          source: sources.owaspAbsoluteTimeout,
        },
        {
          id: "nine-fifteen",
          text: "At 9:15.",
          correct: false,
          explanation: "The idle timeout counts from the last activity, not from login. With a click every minute it never fires.",
          source: sources.owaspIdleTimeout,
        },
        {
          id: "five",
          text: "At 17:00.",
          correct: true,
          explanation:
            "Right. Activity keeps resetting the idle timer, but the absolute timeout counts from login and activity does not extend it. Both must be enforced on the server, not only in the cookie's lifetime.",
          source: sources.owaspAbsoluteTimeout,
        },
        {
          id: "five-fifteen",
          text: "At 17:15.",
          correct: false,
          explanation: "The two timeouts do not add up. Whichever limit is reached first ends the session, and here that is the 8 hours since login.",
          source: sources.owaspAbsoluteTimeout,
        },
      ],
    },
    {
      id: "logout-revoke",
      kind: "multi",
      terms: ["token-deny-list", "sealed-cookie", "jwt"],
      section: "logout-and-signing-out-everywhere",
      hint: "Clearing the cookie changes what this browser holds. What does the server check when an old copy of the token arrives from somewhere else?",
      lab: { href: "/sandbox?kind=sealed#sealed-replay", label: "replay after logout, in the sandbox" },
      prompt:
        "Your app keeps sessions in stateless tokens (sealed cookies or JWTs) valid for 14 days. On logout it clears the cookie. Which statements are true?",
      options: [
        {
          id: "copy-valid",
          text: "A copy of the token taken before logout is still accepted until it expires.",
          correct: true,
          explanation:
            "True. Clearing the cookie deletes one browser's copy; the server has no record to delete, so any other copy still verifies. iron-session documents this as by design.",
          source: sources.ironSession530,
        },
        {
          id: "max-age-zero",
          text: "Clearing the cookie with `Max-Age=0` invalidates every copy of the token.",
          correct: false,
          explanation: "It only tells this browser to delete its copy. A copy that was stolen, or saved before logout, is unaffected.",
          source: sources.ironSession530,
        },
        {
          id: "deny-list",
          text: "To revoke it at once, the server has to remember something, such as a deny list of token IDs (`jti`) kept until they expire, and then it is no longer fully stateless.",
          correct: true,
          explanation:
            "True. A revocation check is a lookup on every request, which is the cost stateless tokens were chosen to avoid. Short expiry times keep the list small.",
          source: sources.owaspJwtRevocation,
        },
        {
          id: "rotate-key",
          text: "Rotating the signing secret revokes just this user's token.",
          correct: false,
          explanation:
            "Rotating the secret (and dropping the old one) invalidates everyone's tokens at once. It is an emergency brake, not a way to log one user out.",
          source: sources.ironSessionTtl,
        },
      ],
    },
    {
      id: "scaling",
      kind: "multi",
      terms: ["sticky-sessions", "shared-session-store", "sealed-cookie"],
      section: "scaling-past-one-server",
      hint: "For each design, ask where the sessions of B's users were kept at the moment B died.",
      lab: { href: "/sandbox#load-balancing", label: "the load-balancer lab, in the sandbox" },
      prompt: "Three app servers sit behind a load balancer, and server B crashes. Which statements are true?",
      options: [
        {
          id: "lb-moves",
          text: "With sticky sessions, the load balancer moves B's sessions to a healthy server.",
          correct: false,
          explanation:
            "A load balancer routes requests; it never holds session data. Its sticky cookie (AWSALB on AWS, with AWSALBCORS as a SameSite=None twin) encodes the chosen target, nothing more.",
          source: sources.awsAlbSticky,
        },
        {
          id: "sticky-lost",
          text: "With sticky sessions and sessions in each server's memory, the users pinned to B lose their sessions.",
          correct: true,
          explanation:
            "True. Their sessions lived only in B's memory. The balancer sends them to A or C, which have never seen them, so they must log in again.",
          source: sources.awsAlbSticky,
        },
        {
          id: "shared-store",
          text: "With a shared store such as Redis, B's users are sent to A or C, which find their sessions in the store.",
          correct: true,
          explanation:
            "True, as long as the store itself stays up: the balancer moves B's users to a healthy target, and the single point of failure moves from each app server to the store, which you then replicate.",
          source: sources.awsAlbSticky,
        },
        {
          id: "sealed",
          text: "With sealed cookies, any server that has the secret can open the session, so B's users keep theirs.",
          correct: true,
          explanation: "True. The state travels with each request, so it does not matter which server answers.",
          source: sources.ironSessionTtl,
        },
        {
          id: "round-robin",
          text: "Round robin with sessions in each server's memory works fine as long as no server crashes.",
          correct: false,
          explanation:
            "It breaks even with all servers up: each request may land on a server that does not hold the session. In-memory sessions need stickiness, and shared or stateless sessions do not.",
          source: sources.rfc9110Stateless,
        },
      ],
    },
    {
      id: "end-all",
      kind: "multi",
      terms: ["end-all-sessions", "session-id"],
      section: "logout-and-signing-out-everywhere",
      hint: "Ending a stored session means deleting its record. How would you find every record of one user when each is keyed by a random ID?",
      lab: { href: "/sandbox?kind=server#server-devices", label: "your sessions, in the sandbox" },
      prompt:
        "A user sees a login from a device they do not know and changes their password. Your sessions live in Redis behind opaque IDs. Which statements are true?",
      options: [
        {
          id: "delete-others",
          text: "Offer to end every other session of the user: delete their records, so the unknown device's next request finds nothing and is logged out.",
          correct: true,
          explanation:
            "True. ASVS 5.0 V7.4.3 asks for the option to end all other sessions after any change to an authentication factor, and V7.4.2 for ending all of them when an account is disabled. With records on the server, deleting them takes effect on the next request.",
          source: sources.asvsTerminateAll,
        },
        {
          id: "regenerate",
          text: "Regenerating the current session's ID logs the other devices out too.",
          correct: false,
          explanation:
            "Regeneration replaces one ID, the one this browser holds, and deletes only that record. Other devices hold other IDs, which stay valid until their records are deleted.",
          source: sources.owaspRenewId,
        },
        {
          id: "user-index",
          text: "To find a user's sessions, the store needs an index from user to session IDs, such as a Redis set per user kept beside the records.",
          correct: true,
          explanation:
            "True. Records are keyed by session ID, so \"all sessions of this user\" needs a second key. The Copenhagen Book asks you to invalidate all of a user's sessions on a password change, which is a lookup by user.",
          source: sources.copenhagenInvalidation,
        },
        {
          id: "wait-idle",
          text: "Nothing more is needed: the unknown device's session ends at its idle timeout.",
          correct: false,
          explanation:
            "An attacker keeps a stolen session busy, so the idle timeout never fires, and even the absolute timeout may be hours away. That is why ASVS asks for ending the other sessions at once.",
          source: sources.asvsTerminateAll,
        },
        {
          id: "sealed-delete",
          text: "With sealed cookies instead, deleting the user's row in the database ends all their sessions the same way.",
          correct: false,
          explanation:
            "A sealed cookie is checked with the secret alone; there is no session row to delete. iron-session's README suggests a flag on the user that every request checks (a per-user version or \"valid after\" time does the same), which is server state again.",
          source: sources.ironSessionInvalidate,
        },
      ],
    },
    {
      id: "list-sessions",
      kind: "single",
      terms: ["end-all-sessions", "sudo-mode", "session-hijacking"],
      section: "logout-and-signing-out-everywhere",
      hint: "The attacker holds a valid session cookie, so any check of the session lets them through. What does the real user have that the attacker lacks?",
      lab: { href: "/sandbox?kind=server#server-devices", label: "your sessions, in the sandbox" },
      prompt:
        "Your account page lists a user's active sessions, with \"Sign out everywhere else\". An attacker with a stolen session cookie opens it and signs the real user out. Which control stops this?",
      options: [
        {
          id: "hide-list",
          text: "Show the list only to the session that was created first.",
          correct: false,
          explanation:
            "The first session is not necessarily the real user's, and hiding the list stops the real user from ending the attacker's session, which is the point of the page.",
          source: sources.asvsViewTerminate,
        },
        {
          id: "email-link",
          text: "Email the user a notice after the sessions have been ended.",
          correct: false,
          explanation:
            "A notice is worth sending, but it arrives after the harm: the real user is already signed out and the attacker is not.",
          source: sources.asvsViewTerminate,
        },
        {
          id: "reauth",
          text: "Ask for a credential again (password, passkey or another factor) before ending any session.",
          correct: true,
          explanation:
            "Right. ASVS 5.0 V7.5.2 asks that users can view their sessions and end any or all of them \"having authenticated again with at least one factor\". A stolen cookie alone does not pass that step.",
          source: sources.asvsViewTerminate,
        },
        {
          id: "new-id",
          text: "Regenerate the session ID before showing the page.",
          correct: false,
          explanation:
            "The attacker's browser receives the new ID, since it sent the request. Regeneration stops fixation; it cannot tell the attacker from the user.",
          source: sources.owaspRenewId,
        },
      ],
    },
    {
      id: "sudo-mode",
      kind: "single",
      terms: ["sudo-mode"],
      section: "asking-again-sudo-mode-and-renewal",
      hint: "The session proves someone logged in 20 days ago. How recent is the proof that the person at the keyboard knows the credential?",
      prompt:
        "Users stay signed in for 30 days. A request to change the account's email address arrives with a valid session created 20 days ago. What should the server do?",
      options: [
        {
          id: "ask-again",
          text: "Ask for a credential again unless this session did so in the last few minutes, and record when it did.",
          correct: true,
          explanation:
            "Right. The Copenhagen Book calls this sudo mode: keep long sessions, but track when each session last used a credential and ask again before security-critical actions. ASVS 5.0 V7.5.1 asks for re-authentication before changing the email address, phone number or MFA settings.",
          source: sources.copenhagenSudo,
        },
        {
          id: "allow",
          text: "Allow it: a valid session cookie proves who the user is.",
          correct: false,
          explanation:
            "It proves someone holds the cookie, which may have been stolen. Changing the email hands the account to whoever receives the recovery mails next, so OWASP asks for re-authentication before it.",
          source: sources.owaspReauth,
        },
        {
          id: "regen",
          text: "Regenerate the session ID, then allow it.",
          correct: false,
          explanation:
            "Whoever sent the request receives the new ID, so a thief would simply carry on. A new ID defeats fixation, not a stolen session.",
          source: sources.owaspRenewId,
        },
        {
          id: "short-only",
          text: "Nothing special: the only safe design is sessions short enough that they never last 20 days.",
          correct: false,
          explanation:
            "Short sessions are one answer, but the Copenhagen Book offers sudo mode as the alternative that gives their security without signing frequent users out all the time.",
          source: sources.copenhagenSudo,
        },
      ],
    },
    {
      id: "renew-id",
      kind: "single",
      terms: ["renewal-timeout", "session-hijacking"],
      section: "asking-again-sudo-mode-and-renewal",
      hint: "A new ID every 15 minutes changes what a copied ID is worth. What happens to an old copy, and what happens to the real user?",
      prompt:
        "On top of idle and absolute timeouts, your app gives each session a new ID every 15 minutes, even while the user is active. What does this add?",
      options: [
        {
          id: "replaces-abs",
          text: "It replaces the absolute timeout, which is no longer needed.",
          correct: false,
          explanation:
            "OWASP presents the renewal timeout as a complement to the idle and absolute timeouts, not a replacement: the session itself can still live forever if nothing ends it.",
          source: sources.owaspRenewalTimeout,
        },
        {
          id: "stops-xss",
          text: "Injected script can no longer act as the user.",
          correct: false,
          explanation:
            "Script on the page sends requests with whatever the current cookie is, so a new ID changes nothing for it. XSS is stopped by escaping output and a Content Security Policy.",
          source: sources.owaspXss,
        },
        {
          id: "old-copy-dies",
          text: "A copy of an older ID stops working at the next renewal, though the real user stays signed in.",
          correct: true,
          explanation:
            "Right. OWASP's renewal timeout limits how long a stolen ID can be replayed while the victim's session stays open. If the thief renews first, the real user is logged out, which at least makes the theft visible.",
          source: sources.owaspRenewalTimeout,
        },
        {
          id: "no-login-regen",
          text: "It makes regenerating the ID at login unnecessary.",
          correct: false,
          explanation:
            "A planted ID would still be logged in until the next renewal, up to 15 minutes of a fixated session. The ID must change at login (ASVS 5.0 V7.2.4) whatever else you renew.",
          source: sources.owaspRenewId,
        },
      ],
    },
    {
      id: "token-storage",
      kind: "multi",
      terms: ["backend-for-frontend", "httponly", "xss", "partitioned-cookie"],
      section: "where-browser-apps-keep-the-token",
      hint: "Sort each place by one question: can a script running on the origin read the token's value?",
      prompt: "A single-page app on `app.example` needs a session token for its own API. Which statements about where the browser keeps it are true?",
      options: [
        {
          id: "local-xss",
          text: "A token in `localStorage` can be read by any script running on the origin, so one XSS hole leaks it.",
          correct: true,
          explanation:
            "True. OWASP's cheat sheet says not to keep session tokens in `localStorage` or `sessionStorage` for this reason, and the Copenhagen Book adds that a supply-chain attack can steal them without any app-specific exploit.",
          source: sources.owaspWebStorage,
        },
        {
          id: "session-safe",
          text: "`sessionStorage` is safe from XSS because each tab has its own.",
          correct: false,
          explanation:
            "Per tab, but not per script: any script running in that tab's origin can read it, exactly as with `localStorage`.",
          source: sources.owaspWebStorage,
        },
        {
          id: "httponly",
          text: "An `HttpOnly; Secure` cookie set by the API cannot be read by injected script, though the script's requests still carry it.",
          correct: true,
          explanation:
            "True. HttpOnly hides the value from `document.cookie`, not from requests. Script cannot steal the token, only use it while the page is open.",
          source: sources.mdnHttpOnly,
        },
        {
          id: "bff",
          text: "A backend-for-frontend keeps OAuth tokens on its server and gives the browser only an HttpOnly session cookie.",
          correct: true,
          explanation:
            "True. That is the BFF pattern of the IETF's OAuth 2.0 for Browser-Based Applications draft, which OWASP recommends over keeping tokens in web storage.",
          source: sources.oauthBff,
        },
        {
          id: "partitioned",
          text: "A `Partitioned` cookie lets an iframe from `app.example` embedded on another site read the user's `app.example` session cookie.",
          correct: false,
          explanation:
            "The opposite: a partitioned cookie lives in a separate jar per top-level site, so the embedded iframe gets its own cookies, not the ones `app.example` set as a first party.",
          source: sources.mdnPartitioned,
        },
      ],
    },
  ],
});
