import { defineQuiz } from "../quiz-schema";

/**
 * The quiz that closes the "session" lesson. Its facts rest on the primary sources the lesson's
 * Sources section cites (RFC 6265bis, MDN, OWASP, iron-session, the AWS ALB docs).
 * Distractors are wrong for different reasons; each explanation says which.
 * Question ids are stored in learners' cookies: never rename one, add a new one instead.
 */
export const sessionQuiz = defineQuiz("content/quizzes/session.ts", {
  slug: "session",
  questions: [
    {
      id: "stateless",
      kind: "single",
      prompt: "HTTP is called stateless. What does that mean for an app that wants to remember a logged-in user?",
      options: [
        {
          id: "keep-alive",
          text: "The server can recognise the user by the TCP connection, which keep-alive holds open between requests.",
          correct: false,
          explanation:
            "A connection is not an identity: browsers open several, either side may close one at any time, and proxies reuse connections for many users. HTTP gives a request no meaning from the ones before it on the same connection.",
        },
        {
          id: "each-request",
          text: "Each request stands on its own, so the browser must send something with every request (usually a cookie) for the server to know who it is.",
          correct: true,
          explanation:
            "Right. The protocol keeps no memory between requests. Sessions are built on top: the server hands out a cookie once, and the browser sends it back with every later request.",
        },
        {
          id: "ip-address",
          text: "The server remembers each user by their IP address.",
          correct: false,
          explanation:
            "Many users share one address behind NAT or a corporate proxy, and one user's address changes as a phone moves between networks. An IP address can be a hint for spotting hijacking, never the identity.",
        },
        {
          id: "no-state",
          text: "No state can travel over HTTP at all, so logins need WebSockets or another protocol.",
          correct: false,
          explanation:
            "State travels fine over HTTP, in headers such as Cookie and Authorization that are sent with each request. Stateless means the server is not required to remember anything between requests, not that nothing can be carried.",
        },
      ],
    },
    {
      id: "round-trip",
      kind: "single",
      prompt:
        "After login the server answers with `Set-Cookie: id=31d4d96e407aad42; Path=/; Secure; HttpOnly`. What does the browser send with its next request to that site?",
      options: [
        {
          id: "with-attrs",
          text: "`Cookie: id=31d4d96e407aad42; Path=/; Secure; HttpOnly`",
          correct: false,
          explanation:
            "The attributes are instructions for the browser and stay in the browser. The server never sees them again, which is why it cannot tell who set a cookie or with which attributes.",
        },
        {
          id: "set-cookie",
          text: "`Set-Cookie: id=31d4d96e407aad42`",
          correct: false,
          explanation: "Set-Cookie is a response header, from server to browser. Requests carry cookies in the Cookie header.",
        },
        {
          id: "name-value",
          text: "`Cookie: id=31d4d96e407aad42`",
          correct: true,
          explanation:
            "Right. The Cookie request header carries only name=value pairs. The server looks the ID up (or unseals the value) to find the session.",
        },
        {
          id: "bearer",
          text: "`Authorization: Bearer 31d4d96e407aad42`",
          correct: false,
          explanation:
            "Browsers never turn cookies into an Authorization header. A bearer token is sent only when the page's own script attaches it, which means script can read it.",
        },
      ],
    },
    {
      id: "where-state",
      kind: "multi",
      prompt: "Session state can live in a server-side store, in a sealed cookie (iron-session) or in a signed JWT. Which statements are true?",
      options: [
        {
          id: "store-lookup",
          text: "With a server-side store the cookie holds only an opaque random ID; the data stays on the server, and every request costs a lookup.",
          correct: true,
          explanation:
            "True. The ID means nothing by itself, so the cookie is small and leaks nothing, but the store must be reachable from every server that answers requests.",
        },
        {
          id: "sealed-size",
          text: "A sealed cookie carries the data itself, encrypted and signed, so no store is needed, but the whole state travels with every request and must fit in about 4 kB.",
          correct: true,
          explanation:
            "True. That is the stateless trade: no lookup, but every request pays for the bytes, and browsers drop cookies over 4096 bytes.",
        },
        {
          id: "sealed-readable",
          text: "Page scripts can read a sealed cookie's data, because sealing only signs it.",
          correct: false,
          explanation:
            "Sealing encrypts and then signs (iron-session uses AES-256-CBC plus HMAC-SHA256), so the content is unreadable without the secret. Signing alone is what a JWT does. With HttpOnly, scripts cannot even see the cookie.",
        },
        {
          id: "revoke-store",
          text: "A server-side session can be ended at once by deleting its record; a sealed cookie or JWT stays valid until it expires unless the server keeps a deny list.",
          correct: true,
          explanation:
            "True. Revocation is where stateless sessions pay: to refuse a still-valid token, the server has to remember something about it, which brings state back.",
        },
        {
          id: "jwt-db",
          text: "A JWT must be stored in a database so the server can check its signature.",
          correct: false,
          explanation:
            "Checking a signature needs only the key, not a copy of the token. That is the whole appeal of JWTs, and also why they are hard to revoke.",
        },
      ],
    },
    {
      id: "jwt-readable",
      kind: "single",
      prompt: 'A server issues a signed JWT (HS256) whose payload is `{"sub":"42","role":"admin"}`. Who can read those claims?',
      options: [
        {
          id: "anyone",
          text: "Anyone who holds the token: the header and payload are only base64url-encoded.",
          correct: true,
          explanation:
            "Right. Paste a token into any decoder and the claims appear. The signature stops changes, not reading, so never put secrets or personal data in a JWS payload.",
        },
        {
          id: "secret-holders",
          text: "Only servers that know the HS256 secret.",
          correct: false,
          explanation:
            "The secret signs and verifies; it does not encrypt. Without it you cannot forge or alter a token, but you can read one. Encrypted tokens are a different format, JWE.",
        },
        {
          id: "brute-force",
          text: "Anyone, but only after brute-forcing the signature.",
          correct: false,
          explanation:
            "No brute force is needed: the claims are readable before and without any signature check. Cracking a weak secret would let an attacker forge tokens, which is a different problem.",
        },
        {
          id: "nobody",
          text: "Nobody, because HS256 encrypts the payload.",
          correct: false,
          explanation:
            "HS256 is HMAC with SHA-256: a message authentication code computed over the token, not a cipher. The payload is left as plain base64url.",
        },
      ],
    },
    {
      id: "xss-httponly",
      kind: "multi",
      prompt:
        "An attacker finds an XSS hole on your site. Your session cookie is `HttpOnly; Secure; SameSite=Lax`. What can the injected script still do?",
      options: [
        {
          id: "read-cookie",
          text: "Read the session cookie with `document.cookie` and send it to the attacker's server.",
          correct: false,
          explanation:
            "This is the one thing HttpOnly does prevent: the cookie is left out of `document.cookie` and other script APIs, so it cannot be copied out.",
        },
        {
          id: "send-requests",
          text: "Send requests to your site from the victim's browser; the browser attaches the session cookie to them.",
          correct: true,
          explanation:
            "True. HttpOnly hides the cookie from script, not from requests. The script can act as the user for as long as the page is open, without ever seeing the cookie.",
        },
        {
          id: "read-pages",
          text: "Read what your pages show the logged-in user, including any CSRF token embedded in them.",
          correct: true,
          explanation:
            "True. The script runs in your origin, so it can fetch and read your own pages. That is why XSS defeats CSRF tokens too: prevent XSS itself with output encoding and a Content Security Policy.",
        },
        {
          id: "samesite-blocks",
          text: "Nothing, because SameSite=Lax stops scripts from sending requests with the cookie.",
          correct: false,
          explanation:
            "SameSite limits cross-site requests. Injected script runs on your own site, so its requests are same-site and carry the cookie.",
        },
      ],
    },
    {
      id: "samesite-default",
      kind: "single",
      prompt: "You set a session cookie without a SameSite attribute. How do browsers treat it today?",
      options: [
        {
          id: "all-lax",
          text: "Every modern browser treats it as SameSite=Lax.",
          correct: false,
          explanation:
            "A common claim, even in some guides, but only Chromium-based browsers default to Lax. Firefox has it only behind a preference and Safari does not do it.",
        },
        {
          id: "depends",
          text: "It depends on the browser: Chromium-based browsers treat it as Lax, Firefox and Safari by default do not. So set SameSite explicitly.",
          correct: true,
          explanation:
            "Right. Chrome has defaulted to Lax since version 80, and even then allows a top-level cross-site POST for two minutes after a cookie without SameSite is set. Relying on a default you do not control is fragile; OWASP says to set it.",
        },
        {
          id: "all-strict",
          text: "Every browser treats it as SameSite=Strict.",
          correct: false,
          explanation: "No browser defaults to Strict; it would break every link into a logged-in site from elsewhere.",
        },
        {
          id: "all-none",
          text: "Every browser treats it as SameSite=None and sends it on all cross-site requests.",
          correct: false,
          explanation:
            "That was the old behaviour everywhere and is still true in some browsers, but Chromium-based browsers changed their default to Lax in 2020.",
        },
      ],
    },
    {
      id: "csrf-lax",
      kind: "single",
      prompt: "Your session cookie is set with `SameSite=Lax`. A page on another site, `evil.example`, tries four things. Which request carries your cookie?",
      options: [
        {
          id: "form-post",
          text: "A hidden form that auto-submits a POST to `https://bank.example/transfer`.",
          correct: false,
          explanation:
            "Lax withholds cookies from cross-site POSTs, which is what makes it a useful CSRF defence. (Chrome's two-minute exception applies only to cookies set without any SameSite attribute.)",
        },
        {
          id: "fetch",
          text: "`fetch('https://bank.example/api/me', { credentials: 'include' })`",
          correct: false,
          explanation:
            "A cross-site fetch is a subresource request, not a top-level navigation, so Lax cookies are not attached whatever `credentials` says.",
        },
        {
          id: "img",
          text: "An `<img src=\"https://bank.example/transfer?to=eve\">` on the evil page.",
          correct: false,
          explanation:
            "An image is a cross-site subresource request, so Lax (and Strict) cookies stay home. Only a cookie set with SameSite=None could go along.",
        },
        {
          id: "top-level-get",
          text: "A link that navigates the whole tab to `https://bank.example/transfer?to=eve&amount=500`.",
          correct: true,
          explanation:
            "Right. Lax still sends cookies on top-level navigations with safe methods such as GET, so a GET that changes state is open to CSRF. Never change state on GET, and keep a CSRF token or Origin check for the rest.",
        },
      ],
    },
    {
      id: "host-only",
      kind: "single",
      prompt:
        "Your app runs at `app.example.com`. Its session cookie must go back to exactly that host and to no other host or subdomain. What do you write in Set-Cookie?",
      options: [
        {
          id: "domain-parent",
          text: "`Domain=.example.com`",
          correct: false,
          explanation:
            "That is the widest scope possible: every subdomain of example.com receives it (the leading dot is ignored), and any of them can also set a cookie that shadows yours.",
        },
        {
          id: "domain-self",
          text: "`Domain=app.example.com`",
          correct: false,
          explanation:
            "Naming a domain, even your own host, widens the scope to that host and all of its subdomains, such as `x.app.example.com`. Only leaving Domain out keeps the cookie to one host.",
        },
        {
          id: "path",
          text: "`Path=/app`",
          correct: false,
          explanation:
            "Path filters by URL path on the same host; it says nothing about other hosts. It is not a security boundary either, since pages on other paths of the same origin can still reach the cookie.",
        },
        {
          id: "no-domain",
          text: "Leave the Domain attribute out.",
          correct: true,
          explanation:
            "Right. A cookie without Domain is host-only: it is sent to the exact host that set it. That is also one of the rules of the `__Host-` prefix.",
        },
      ],
    },
    {
      id: "lifetime",
      kind: "multi",
      prompt: "Which statements about a cookie's lifetime are true?",
      options: [
        {
          id: "max-age-wins",
          text: "If a cookie has both Max-Age and Expires, Max-Age wins.",
          correct: true,
          explanation:
            "True. Max-Age is a number of seconds from now and does not depend on the client's clock; Expires is kept for very old clients.",
        },
        {
          id: "swapped",
          text: "Expires is a number of seconds from now; Max-Age is a date.",
          correct: false,
          explanation: "Swapped: Expires takes an HTTP date, Max-Age a number of seconds.",
        },
        {
          id: "no-expiry",
          text: "A cookie with neither Max-Age nor Expires is a session cookie: the browser drops it when the browsing session ends.",
          correct: true,
          explanation:
            "True, with a catch: browsers that restore the previous session on start-up may keep session cookies for much longer. Do not rely on it for logout.",
        },
        {
          id: "cap-400",
          text: "Browsers following RFC 6265bis keep a cookie for at most 400 days, even if Max-Age asks for longer.",
          correct: true,
          explanation:
            "True. Chrome has capped lifetimes at 400 days since version 104 and Firefox does the same. Older advice of one to two years is out of date.",
        },
        {
          id: "zero-forever",
          text: "`Max-Age=0` makes a cookie that never expires.",
          correct: false,
          explanation:
            "The opposite: zero or a negative Max-Age expires the cookie at once. That is how a server deletes a cookie.",
        },
      ],
    },
    {
      id: "host-prefix",
      kind: "multi",
      prompt: "A browser stores a cookie named `__Host-id` only if the Set-Cookie that sends it meets some rules. Which of these does the prefix require?",
      options: [
        {
          id: "secure",
          text: "The `Secure` attribute, sent from a secure (HTTPS) origin.",
          correct: true,
          explanation:
            "Required. Both `__Secure-` and `__Host-` demand Secure, so a network attacker on plain HTTP cannot set or overwrite the cookie.",
        },
        {
          id: "httponly",
          text: "The `HttpOnly` attribute.",
          correct: false,
          explanation: "A very good idea for a session cookie, but the prefix does not require it: a `__Host-` cookie may be readable by script.",
        },
        {
          id: "path-root",
          text: "`Path=/`",
          correct: true,
          explanation: "Required, so the cookie covers the whole host and another cookie with a narrower path cannot shadow it.",
        },
        {
          id: "no-domain",
          text: "No `Domain` attribute.",
          correct: true,
          explanation:
            "Required. The cookie is host-only, so a sibling subdomain cannot plant a cookie with the same name (cookie tossing).",
        },
        {
          id: "strict",
          text: "`SameSite=Strict`",
          correct: false,
          explanation: "Also not required by the prefix. SameSite is chosen separately; OWASP's example pairs a `__Host-` cookie with Strict by choice.",
        },
      ],
    },
    {
      id: "size-limit",
      kind: "single",
      prompt: "A sealed session cookie grows past 4096 bytes. What happens?",
      options: [
        {
          id: "split",
          text: "The browser splits it across several cookies for you.",
          correct: false,
          explanation:
            "Browsers never split cookies. Some libraries can chunk a seal into several cookies on the server (iron-session's `chunk` option), but each still has to fit.",
        },
        {
          id: "truncate",
          text: "The browser keeps the first 4096 bytes.",
          correct: false,
          explanation:
            "Browsers do not truncate; and a truncated seal would fail its integrity check anyway, leaving no session.",
        },
        {
          id: "ignored",
          text: "Browsers may refuse to store it, so the session silently stays as it was; that is why iron-session throws instead of sending it.",
          correct: true,
          explanation:
            "Right. Browsers need only store cookies up to 4096 bytes, and RFC 6265bis tells them to ignore a cookie whose name and value exceed that. A loud error on the server beats a session that quietly stops updating.",
        },
        {
          id: "script-only",
          text: "Nothing: the limit applies only to cookies that page scripts can read.",
          correct: false,
          explanation: "The limit applies to every cookie, HttpOnly or not. It is about storage and header size, not about who can read it.",
        },
      ],
    },
    {
      id: "fixation",
      kind: "single",
      prompt: "Why should the server issue a new session ID when a user logs in (and again when their privileges change)?",
      options: [
        {
          id: "fixation",
          text: "So that an ID an attacker planted or learned before login is not the one that becomes logged in (session fixation).",
          correct: true,
          explanation:
            "Right. If the ID stays the same, an attacker who got the victim to use a known ID simply waits for them to log in. A fresh ID after login makes the planted one worthless.",
        },
        {
          id: "wear-out",
          text: "Because a session ID wears out after a number of requests.",
          correct: false,
          explanation:
            "A random 128-bit ID does not get weaker with use. The reason is who else might know it, not how often it was sent.",
        },
        {
          id: "empty-cart",
          text: "So that the old session's data, such as the shopping cart, is thrown away.",
          correct: false,
          explanation:
            "Regenerating replaces the ID and usually keeps the data (it is copied to the new ID). The point is the identifier, not the contents.",
        },
        {
          id: "url-only",
          text: "It matters only when the ID travels in the URL; an ID in a cookie cannot be planted.",
          correct: false,
          explanation:
            "Cookies can be planted too: by a sibling subdomain (unless the cookie uses `__Host-`), by an XSS hole, or on a shared computer. Regenerate on every login.",
        },
      ],
    },
    {
      id: "timeouts",
      kind: "single",
      prompt:
        "A bank's app has a 15-minute idle timeout and an 8-hour absolute timeout. A teller logs in at 9:00 and clicks something every minute all day. When does the session end?",
      options: [
        {
          id: "never",
          text: "Never, because every click resets the idle timer.",
          correct: false,
          explanation: "That is exactly the gap an absolute timeout closes: a session that is kept busy, or a stolen one, cannot live forever.",
        },
        {
          id: "nine-fifteen",
          text: "At 9:15.",
          correct: false,
          explanation: "The idle timeout counts from the last activity, not from login. With a click every minute it never fires.",
        },
        {
          id: "five",
          text: "At 17:00.",
          correct: true,
          explanation:
            "Right. Activity keeps resetting the idle timer, but the absolute timeout counts from login and activity does not extend it. Both must be enforced on the server, not only in the cookie's lifetime.",
        },
        {
          id: "five-fifteen",
          text: "At 17:15.",
          correct: false,
          explanation: "The two timeouts do not add up. Whichever limit is reached first ends the session, and here that is the 8 hours since login.",
        },
      ],
    },
    {
      id: "logout-revoke",
      kind: "multi",
      prompt:
        "Your app keeps sessions in stateless tokens (sealed cookies or JWTs) valid for 14 days. On logout it clears the cookie. Which statements are true?",
      options: [
        {
          id: "copy-valid",
          text: "A copy of the token taken before logout is still accepted until it expires.",
          correct: true,
          explanation:
            "True. Clearing the cookie deletes one browser's copy; the server has no record to delete, so any other copy still verifies. iron-session documents this as by design.",
        },
        {
          id: "max-age-zero",
          text: "Clearing the cookie with `Max-Age=0` invalidates every copy of the token.",
          correct: false,
          explanation: "It only tells this browser to delete its copy. A copy that was stolen, or saved before logout, is unaffected.",
        },
        {
          id: "deny-list",
          text: "To revoke it at once, the server has to remember something, such as a deny list of token IDs (`jti`) kept until they expire, and then it is no longer fully stateless.",
          correct: true,
          explanation:
            "True. A revocation check is a lookup on every request, which is the cost stateless tokens were chosen to avoid. Short expiry times keep the list small.",
        },
        {
          id: "rotate-key",
          text: "Rotating the signing secret revokes just this user's token.",
          correct: false,
          explanation:
            "Rotating the secret (and dropping the old one) invalidates everyone's tokens at once. It is an emergency brake, not a way to log one user out.",
        },
      ],
    },
    {
      id: "scaling",
      kind: "multi",
      prompt: "Three app servers sit behind a load balancer, and server B crashes. Which statements are true?",
      options: [
        {
          id: "lb-moves",
          text: "With sticky sessions, the load balancer moves B's sessions to a healthy server.",
          correct: false,
          explanation:
            "A load balancer routes requests; it never holds session data. Its sticky cookie (AWSALB on AWS, for example) names a target, nothing more.",
        },
        {
          id: "sticky-lost",
          text: "With sticky sessions and sessions in each server's memory, the users pinned to B lose their sessions.",
          correct: true,
          explanation:
            "True. Their sessions lived only in B's memory. The balancer sends them to A or C, which have never seen them, so they must log in again.",
        },
        {
          id: "shared-store",
          text: "With a shared store such as Redis, B's users are sent to A or C, which find their sessions in the store.",
          correct: true,
          explanation:
            "True, as long as the store itself stays up: the single point of failure moves from each app server to the store, which you then replicate.",
        },
        {
          id: "sealed",
          text: "With sealed cookies, any server that has the secret can open the session, so B's users keep theirs.",
          correct: true,
          explanation: "True. The state travels with each request, so it does not matter which server answers.",
        },
        {
          id: "round-robin",
          text: "Round robin with sessions in each server's memory works fine as long as no server crashes.",
          correct: false,
          explanation:
            "It breaks even with all servers up: each request may land on a server that does not hold the session. In-memory sessions need stickiness, and shared or stateless sessions do not.",
        },
      ],
    },
  ],
});
