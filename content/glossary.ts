import { parseGlossary } from "./glossary-schema";

/**
 * The glossary: one entry per term, validated at import so a bad entry fails the build naming the
 * term. Which lessons use a term is NOT kept here: it is derived from the lessons' `<Term id>` tags.
 */
export const glossary = parseGlossary("content/glossary.ts", [
  {
    id: "session",
    title: "Session",
    aliases: ["HTTP session", "web session"],
    definition:
      "The state a server keeps for one visitor across many HTTP requests, found again on each request through something the browser sends back.",
    explanation: [
      "HTTP itself remembers nothing between requests: RFC 9110 calls it a stateless protocol. A session is the layer applications build on top of it. A response hands the browser a value to return, almost always in a cookie, and every later request carries it, so the server can tell that the requests belong to one conversation: the same signed-in user, the same cart, the same CSRF token.",
      "The state itself can live in two places. In a stateful design the server keeps it in a store (memory, Redis, a database) under a random session ID, and the cookie carries only that ID. In a stateless design the cookie or token carries the state itself, sealed (encrypted and authenticated, as iron-session and Rails' cookie store do) or signed (a JWT), so the client cannot change it unnoticed.",
      "Whoever presents the session's identifier is treated as its owner, so OWASP counts it as \"temporarily equivalent to the strongest authentication method used by the application\". That is why sessions are protected with cookie attributes (`HttpOnly`, `Secure`, `SameSite`), get a fresh ID on login, expire after idle and absolute timeouts, and are invalidated on logout.",
      "Where cookies were unavailable, sites carried the session ID in the URL (`/cart?sid=…`). That leaks it into browser history, server logs, `Referer` headers and every link a user shares, and makes session fixation trivial, which is why OWASP says to accept session IDs from cookies only.",
    ],
    related: ["cookie", "session-id", "stateful", "stateless"],
    sources: [
      { label: "RFC 9110: HTTP Semantics, section 1", href: "https://www.rfc-editor.org/rfc/rfc9110#section-1" },
      { label: "RFC 6265: HTTP State Management Mechanism", href: "https://www.rfc-editor.org/rfc/rfc6265" },
      {
        label: "OWASP Session Management Cheat Sheet",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html",
      },
    ],
  },
  {
    id: "stateless",
    title: "Stateless",
    aliases: ["stateless session", "client-side session"],
    definition:
      "Keeping no memory of earlier requests on the server: each request carries everything needed to handle it, such as a sealed cookie or a signed token.",
    explanation: [
      "HTTP is stateless: a server may answer each request without knowing about any other. RFC 6265 defines cookies so that servers can keep a stateful session on top of this mostly stateless protocol.",
      "A stateless session puts the session data in the client's hands, protected by cryptography: a sealed cookie (iron-session, Rails' cookie store) or a signed JWT. Any server that holds the key can handle any request, with no lookup and no shared store, which makes scaling out simple.",
      "The costs: every request carries the whole state (and RFC 6265bis has browsers ignore a cookie whose name and value pass 4096 bytes); the data is only as current as the last response that rewrote it; and a copy of the cookie stays valid until it expires, because the server has no record to delete. Revoking one session early needs server-side state again, such as a deny list, and OWASP notes that at that point the design is no longer stateless.",
    ],
    related: ["stateful", "jwt", "session", "cookie"],
    sources: [
      { label: "RFC 6265: HTTP State Management Mechanism, abstract", href: "https://www.rfc-editor.org/rfc/rfc6265" },
      {
        label: "OWASP JSON Web Token Cheat Sheet",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html",
      },
      { label: "iron-session README", href: "https://github.com/vvo/iron-session" },
    ],
  },
  {
    id: "stateful",
    title: "Stateful",
    aliases: ["stateful session", "server-side session"],
    definition:
      "Remembering earlier requests on the server: the session's data stays in a server-side store and the client holds only an opaque ID to find it.",
    explanation: [
      "In a stateful session the cookie carries a random session ID and nothing else. On each request the server looks the ID up in its store (process memory, Redis, a SQL table) and loads the data it finds there.",
      "What this buys: the cookie stays small, the data never leaves the server, and logging a user out, or out of every device, is as simple as deleting rows. What it costs: a lookup on every request, and a store every server instance can reach.",
      "If the store is one process's memory, only that instance knows the session, so a load balancer must send the user back to it (sticky sessions) and a restart loses everyone's sessions. express-session's own README warns that its default MemoryStore is not meant for production for this reason. A shared store such as Redis removes the problem but becomes a dependency you must keep available.",
      "PHP (`PHPSESSID`), Java servlets (`JSESSIONID`) and express-session (`connect.sid`) all work this way by default. A shared store and sticky sessions can be combined: the store stays the source of truth, so a node can die without signing anyone out, and affinity only keeps each user on the node whose caches are warm.",
    ],
    related: ["stateless", "session-id", "sticky-sessions", "session"],
    sources: [
      {
        label: "OWASP Session Management Cheat Sheet",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html",
      },
      { label: "express-session README (MemoryStore warning)", href: "https://github.com/expressjs/session" },
      { label: "Next.js: Authentication guide, session management", href: "https://nextjs.org/docs/app/guides/authentication" },
    ],
  },
  {
    id: "jwt",
    title: "JWT",
    aliases: ["JSON Web Token"],
    definition:
      "JSON Web Token (RFC 7519): a compact, URL-safe string carrying JSON claims, usually signed so a receiver can check who issued it and that it is unchanged.",
    explanation: [
      "A signed JWT has three base64url parts separated by dots: a header naming the algorithm, a payload of claims (such as `sub`, `exp`, `iat`), and a signature over the first two. The signature proves integrity, not secrecy: anyone who holds the token can decode and read the payload. Hiding the claims needs an encrypted JWT (JWE, RFC 7516).",
      "Verifying safely means fixing on the server which algorithms are accepted, rejecting unsecured tokens with `alg: none`, and, for HS256, using a secret of at least 256 bits (RFC 7518, section 3.2).",
      "JWTs are often proposed for stateless sessions. The OWASP cheat sheet warns that this usage is frowned upon: a token cannot be revoked before it expires unless the server keeps a deny list, which brings back the state the design set out to avoid. Stored in `localStorage`, a token is readable by any script that runs through XSS; stored in an `HttpOnly` cookie, it behaves like any other session cookie.",
      "JWTs shine where a token must be checked by a party that does not share your session store, such as a separate API or another company's service: verifying the signature needs only the key. For the same reason, a valid signature says nothing about whether the user has logged out since the token was issued.",
    ],
    related: ["stateless", "sealed-cookie", "session", "xss"],
    sources: [
      { label: "RFC 7519: JSON Web Token", href: "https://www.rfc-editor.org/rfc/rfc7519" },
      { label: "RFC 7518: JSON Web Algorithms, section 3.2", href: "https://www.rfc-editor.org/rfc/rfc7518#section-3.2" },
      {
        label: "OWASP JSON Web Token Cheat Sheet",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html",
      },
    ],
  },
  {
    id: "consistent-hashing",
    title: "Consistent hashing",
    aliases: ["ketama", "ring hash", "hash ring"],
    definition:
      "A way to map keys to servers so that adding or removing one server moves only about 1/N of the keys, instead of most of them as `hash mod N` does.",
    explanation: [
      "Plain hashing picks a server as `hash(key) mod N`. Change N and almost every key gets a new server. Consistent hashing places each server at many points on a ring of hash values; a key goes to the first server point at or after its own hash. A new server takes over only the arcs just before its points; a removed server gives up only its own arcs.",
      "nginx's `hash … consistent` uses the ketama scheme: 160 points per unit of weight, each a CRC-32 of the server's host, a zero byte, its port and the previous point's value, as the source of nginx 1.22.1 shows. Envoy offers a ring hash of the same kind and Maglev, a lookup table from Google's network load balancer that builds and selects faster but is less stable.",
      "Consistent hashing limits how many clients move; it does not keep a moved client's session. Balancers use it for affinity and caches use it to keep most keys where they are when the cluster changes.",
    ],
    related: ["sticky-sessions", "carrier-grade-nat"],
    sources: [
      { label: "nginx: ngx_http_upstream_module, hash", href: "https://nginx.org/en/docs/http/ngx_http_upstream_module.html#hash" },
      { label: "nginx 1.22.1 source: ngx_http_upstream_hash_module.c", href: "https://github.com/nginx/nginx/blob/release-1.22.1/src/http/modules/ngx_http_upstream_hash_module.c" },
      { label: "Envoy: supported load balancers", href: "https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/upstream/load_balancing/load_balancers" },
    ],
  },
  {
    id: "carrier-grade-nat",
    title: "Carrier-grade NAT",
    aliases: ["CGN", "CGNAT", "large-scale NAT"],
    definition:
      "Address translation run by an ISP, which puts many customers behind a small pool of shared public IPv4 addresses.",
    explanation: [
      "IPv4 addresses ran short, so ISPs translate many subscribers to a few public addresses. RFC 6888 sets out what such a carrier-grade NAT must do; RFC 6598 reserves 100.64.0.0/10 as the shared address space on the inside.",
      "To a server, thousands of users then arrive from one address, or from a few addresses in one network. Anything keyed on the client address treats them as one client: nginx `ip_hash` (which reads only the first three octets of IPv4), HAProxy `balance source`, Kubernetes `sessionAffinity: ClientIP` and per-address rate limits.",
    ],
    related: ["sticky-sessions", "consistent-hashing"],
    sources: [
      { label: "RFC 6888: Common Requirements for Carrier-Grade NATs", href: "https://www.rfc-editor.org/rfc/rfc6888" },
      { label: "RFC 6598: IANA-Reserved IPv4 Prefix for Shared Address Space", href: "https://www.rfc-editor.org/rfc/rfc6598" },
      { label: "nginx: ngx_http_upstream_module, ip_hash", href: "https://nginx.org/en/docs/http/ngx_http_upstream_module.html#ip_hash" },
    ],
  },
  {
    id: "sticky-sessions",
    title: "Sticky sessions",
    aliases: ["session affinity", "session persistence"],
    definition:
      "A load-balancer setting that sends every request from one client to the same server instance, usually by setting a cookie of its own.",
    explanation: [
      "Sticky sessions exist because of stateful servers that keep sessions in their own memory: only the instance that created a session can find it, so the balancer must route the user back there. AWS Application Load Balancers do it with a cookie named `AWSALB` that lasts from 1 second to 7 days (1 day by default), or follow an application cookie with their own `AWSALBAPP`. NGINX offers `sticky cookie`, which was part of the commercial subscription only until open-source nginx 1.29.6 (March 2026); `ip_hash` is the older, cookie-free alternative.",
      "The cost shows when an instance goes away. Its users are re-routed to another instance that has never heard of their session, so they are signed out and lose what the session held. Load also spreads unevenly, since a busy client stays pinned to one instance, and every deploy has to drain instances instead of just stopping them.",
      "The usual fix is to stop needing affinity: keep sessions in a shared store every instance can reach, or make them stateless. Affinity can still help performance (a warm cache), and WebSocket connections are sticky by nature once upgraded.",
      "AWS documents the details. With duration-based stickiness the `AWSALB` cookie is encrypted with a rotating key and renewed on every request, and because some browsers allow cross-origin (CORS) stickiness only with `SameSite=None; Secure`, the balancer also sets a twin, `AWSALBCORS`, with the same information plus those attributes. Every client receives both cookies, not only cross-origin ones. With application-based stickiness your application sets its own cookie and the load balancer adds `AWSALBAPP`, with a fixed 7-day expiry. When the target a session is stuck to becomes unhealthy, the balancer picks another, and for application-based stickiness keeps the session there even after the old target recovers.",
      "NGINX can also pin by `ip_hash` (for IPv4 only the first three octets count, so a whole /24 network shares one server) or by `hash … consistent` on any key, such as a cookie, where adding a server moves only a few keys. Affinity works at larger scales too: LinkedIn's `lidc` cookie, listed on GitHub's cookie page, is there to help choose a data center, for 24 hours.",
    ],
    related: ["stateful", "shared-session-store", "stateless", "consistent-hashing"],
    sources: [
      {
        label: "AWS: Sticky sessions for your Application Load Balancer",
        href: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html",
      },
      { label: "nginx: ngx_http_upstream_module, sticky", href: "https://nginx.org/en/docs/http/ngx_http_upstream_module.html#sticky" },
      { label: "nginx CHANGES (1.29.6)", href: "https://nginx.org/en/CHANGES" },
      { label: "GitHub Docs: GitHub's cookies (LinkedIn's lidc)", href: "https://docs.github.com/en/site-policy/privacy-policies/github-cookies" },
    ],
  },
  {
    id: "cookie",
    title: "Cookie",
    aliases: ["HTTP cookie", "Set-Cookie"],
    definition:
      "A small name=value pair a server asks the browser to store with `Set-Cookie`; the browser sends it back in the `Cookie` header on matching requests.",
    explanation: [
      "Cookies are defined by RFC 6265, now being revised as RFC 6265bis. A response sets one with a header like `Set-Cookie: id=a3fWa; Path=/; Secure; HttpOnly; SameSite=Lax`; every later request the cookie matches carries `Cookie: id=a3fWa`. The attributes decide where it goes and for how long: `Domain` and `Path` (no `Domain` means host-only), `Expires` or `Max-Age` (neither means a session cookie that ends with the browser session, which session-restoring browsers may stretch), `Secure`, `HttpOnly` and `SameSite`.",
      "The `Cookie` header sends back only names and values, never the attributes. A server cannot tell how a cookie was set or by whom, which is why a sibling subdomain that sets a cookie for the parent domain can plant one (GitHub moved Pages to github.io in 2013 for this reason), and why the `__Host-` prefix exists.",
      "RFC 6265 (section 6.1) says browsers SHOULD store at least 4096 bytes per cookie, counting the name, value and attributes, at least 50 cookies per domain and 3000 in total. RFC 6265bis is sharper: a browser ignores a `Set-Cookie` whose name and value together pass 4096 bytes, and it MUST cap a cookie's lifetime, at no more than 400 days (a SHOULD NOT exceed; 400 is the recommended cap, and a browser may choose less).",
      "Deleting a cookie means sending it again with `Max-Age=0` and the same `Path` and `Domain`; otherwise the browser treats it as a different cookie. The `Clear-Site-Data: \"cookies\"` response header removes every cookie at once, but for the whole registrable domain, subdomains included. Servers cap request headers too: NGINX answers `400 Bad Request` when one header line outgrows its buffer (8 kB by default), so a `Cookie` header that keeps growing can lock users out.",
    ],
    related: ["httponly", "samesite", "host-prefix", "session-id"],
    sources: [
      { label: "RFC 6265: HTTP State Management Mechanism", href: "https://www.rfc-editor.org/rfc/rfc6265" },
      { label: "RFC 6265bis draft", href: "https://datatracker.ietf.org/doc/draft-ietf-httpbis-rfc6265bis/" },
      { label: "MDN: Set-Cookie", href: "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie" },
      { label: "GitHub blog: Yummy cookies across domains (2013)", href: "https://github.com/blog/1466-yummy-cookies-across-domains" },
      { label: "MDN: Clear-Site-Data", href: "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Clear-Site-Data" },
      { label: "nginx: large_client_header_buffers", href: "https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers" },
    ],
  },
  {
    id: "session-id",
    title: "Session ID",
    aliases: ["session identifier", "session token"],
    definition:
      "A random, meaningless identifier the server issues to name one session; the client returns it, usually in a cookie, and the server looks the session up by it.",
    explanation: [
      "Whoever presents a valid session ID is, for the server, the user it belongs to. It must therefore be impossible to guess: OWASP's cheat sheet asks for at least 64 bits of entropy (and, if you generate IDs yourself, a CSPRNG of at least 128 bits), ASVS 5.0 requirement 7.2.3 (level 1) for at least 128 bits from a CSPRNG for reference tokens, and the Copenhagen Book for at least 112. Taking 128 bits from a CSPRNG satisfies all three.",
      "The ID should mean nothing: no user ID, no e-mail, no timestamp; the meaning lives on the server. A generic cookie name (OWASP suggests `id`) avoids announcing the framework the way `PHPSESSID` or `JSESSIONID` do.",
      "Accept it only from a cookie, never from the URL, where it leaks into logs, history and `Referer` headers and makes session fixation easy. Replace it on login and on every privilege change. Servers can store and log a hash of the ID rather than the ID itself, so a leaked table or log does not hand out live sessions.",
      "At 128 bits guessing is hopeless: an attacker making a billion guesses a second against a site with a million live sessions would expect a first hit after about 10^16 years. The real risk is leaks, and one is the store itself: if a backup or a read-only SQL injection exposes the session table, every raw ID in it is a working login. Keying records by `SHA-256(id)` costs one hash per request and makes such a leak useless, since the cookie must still carry the original; because the ID is already random, a fast hash is enough.",
    ],
    related: ["session", "cookie", "session-fixation", "session-hijacking"],
    sources: [
      {
        label: "OWASP Session Management Cheat Sheet: Session ID properties",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-properties",
      },
      { label: "The Copenhagen Book: Server-side tokens", href: "https://thecopenhagenbook.com/server-side-tokens" },
      { label: "OWASP ASVS 5.0.0: V7.2.3", href: "https://github.com/OWASP/ASVS/blob/v5.0.0/5.0/en/0x16-V7-Session-Management.md" },
    ],
  },
  {
    id: "session-fixation",
    title: "Session fixation",
    aliases: [],
    definition:
      "An attack that makes the victim use a session ID the attacker already knows, so that once the victim signs in, the attacker shares the signed-in session.",
    explanation: [
      "RFC 6265bis (section 8.4) describes it in three steps. First, the attacker transplants a session identifier from their own browser into the victim's. Second, the victim uses that identifier with the server, possibly imbuing it with their credentials or confidential information. Third, the attacker uses the same identifier with the server directly, possibly obtaining the victim's authority or information. The ID can be planted through a URL that the application accepts IDs from, through a cookie set by a sibling subdomain, or through XSS.",
      "The defence is to issue a fresh session ID whenever authentication or privilege changes (sign-in, password change, role switch) and to invalidate the old one, as PHP's `session_regenerate_id(true)`, express-session's `req.session.regenerate()` and Rails' `reset_session` do. The planted ID then points at an anonymous session that no longer matters.",
      "Further layers: accept session IDs only from cookies, reject IDs the server never issued (PHP's `session.use_strict_mode`), and name the cookie with the `__Host-` prefix so a subdomain cannot set it. Regenerating does not help once an attacker can read the new ID, which is session hijacking.",
    ],
    related: ["session-id", "session-hijacking", "host-prefix", "xss"],
    sources: [
      { label: "RFC 6265bis draft, section 8.4: Session Identifiers", href: "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#session-identifiers" },
      { label: "Rails Guides: Session fixation countermeasures (reset_session)", href: "https://guides.rubyonrails.org/security.html#session-fixation-countermeasures" },
      { label: "express-session README: req.session.regenerate", href: "https://github.com/expressjs/session#sessionregeneratecallback" },
      {
        label: "OWASP Session Management Cheat Sheet: Renew the Session ID After Any Privilege Level Change",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#renew-the-session-id-after-any-privilege-level-change",
      },
      { label: "The Copenhagen Book: Sessions", href: "https://thecopenhagenbook.com/sessions" },
    ],
  },
  {
    id: "httponly",
    title: "HttpOnly",
    aliases: ["HttpOnly attribute"],
    definition:
      "A cookie attribute that hides the cookie from page scripts such as `document.cookie`; the browser still sends it with every matching request.",
    explanation: [
      "With `HttpOnly`, a script injected through XSS cannot read the session cookie and send it to an attacker. OWASP makes it mandatory for session cookies, and iron-session and express-session set it by default.",
      "It limits theft, not abuse. Injected script runs in your page, so the requests it sends with `fetch` still carry the cookie and act as the user. XSS has to be prevented on its own terms; `HttpOnly` only takes away the easiest way to make the damage last beyond the visit.",
    ],
    related: ["cookie", "xss", "session-hijacking", "secure"],
    sources: [
      { label: "MDN: Set-Cookie, HttpOnly", href: "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#httponly" },
      {
        label: "OWASP Session Management Cheat Sheet: HttpOnly attribute",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#httponly-attribute",
      },
    ],
  },
  {
    id: "secure",
    title: "Secure",
    aliases: ["Secure attribute"],
    definition:
      "A cookie attribute that tells the browser to send the cookie only over HTTPS, so it never crosses the network in clear text.",
    explanation: [
      "Without `Secure`, a session cookie travels with any plain-HTTP request to the site, where anyone on the network path can copy it. OWASP makes it mandatory for session cookies and pairs it with HSTS so the browser never tries plain HTTP at all.",
      "RFC 6265bis stops an insecure origin from setting a `Secure` cookie, and (storage model, step 16) from overlaying an existing `Secure` cookie of the same name with a non-`Secure` one, which it calls \"some mitigation against cookie-fixing attacks\". It does not stop a network attacker from planting a same-name cookie before the `Secure` one exists (section 8.6, Weak Integrity). The `__Secure-` and `__Host-` prefixes, which only a secure origin can set, and HSTS, which keeps the browser off plain HTTP for the host, close that gap.",
      "MDN notes that browsers waive the HTTPS requirement for `localhost` during development; the compatibility data adds that Safari does not send `Secure` cookies to `http://localhost`. The same data shows `SameSite=None` rejected without `Secure` in Chrome 80+ and Firefox 131+, but not in Safari.",
    ],
    related: ["cookie", "httponly", "samesite", "host-prefix"],
    sources: [
      { label: "MDN: Set-Cookie, Secure", href: "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#secure" },
      { label: "RFC 6265bis draft, section 5.7: Storage Model", href: "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#storage-model" },
      { label: "RFC 6265bis draft, section 8.6: Weak Integrity", href: "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#weak-integrity" },
      { label: "RFC 6797: HTTP Strict Transport Security", href: "https://www.rfc-editor.org/rfc/rfc6797" },
      { label: "MDN browser compatibility data: Set-Cookie", href: "https://github.com/mdn/browser-compat-data/blob/main/http/headers/Set-Cookie.json" },
      {
        label: "OWASP Session Management Cheat Sheet: Secure attribute",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#secure-attribute",
      },
    ],
  },
  {
    id: "samesite",
    title: "SameSite",
    aliases: ["SameSite attribute", "SameSite=Lax", "SameSite=Strict"],
    definition:
      "A cookie attribute (`Strict`, `Lax` or `None`) that decides whether the browser attaches the cookie to requests started by another site.",
    explanation: [
      "`Strict` sends the cookie only on same-site requests, so even following a link from another site arrives signed out. `Lax` also sends it on top-level navigations from other sites with safe methods such as `GET`, which keeps links working while blocking cross-site form posts and fetches. `None` also sends it on cross-site requests, but only as far as the browser's third-party cookie policy allows: RFC 6265bis (section 7.1) notes that browsers block or partition such cookies. Chrome 80+ and Firefox 131+ reject `None` without `Secure`; Safari does not (compatibility data).",
      "Defaults differ, whatever some guides say: Chromium browsers treat a cookie without the attribute as `Lax` (Chrome 80 and later), Firefox only behind a preference, Safari not at all. Chrome even lets such cookies ride cross-site top-level `POST`s for two minutes after they are set. Set the attribute explicitly.",
      "\"Site\" means the registrable domain, so `a.example.com` and `b.example.com` are the same site although they are different origins. `SameSite` is defence in depth against CSRF, not a replacement for CSRF tokens or an `Origin` check.",
      "RFC 6265bis calls Chromium's two-minute allowance \"Lax-allowing-unsafe\" and marks it as temporary: it exists so that single sign-on flows that `POST` back to a site keep working, and it applies only to cookies that set no `SameSite`. GitHub pairs its `user_session` login cookie with a `__Host-user_session_same_site` twin which, in GitHub's words, lets browsers that support SameSite \"check to see if a request originates from GitHub\".",
    ],
    related: ["csrf", "cookie", "secure"],
    sources: [
      { label: "MDN: Set-Cookie, SameSite", href: "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Set-Cookie#samesitesamesite-value" },
      { label: "RFC 6265bis draft: The SameSite attribute", href: "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#attribute-samesite" },
      { label: "RFC 6265bis draft, section 7.1: Third-Party Cookies", href: "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#third-party-cookies" },
      {
        label: "OWASP Session Management Cheat Sheet: SameSite attribute",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#samesite-attribute",
      },
      { label: "MDN browser compatibility data: Set-Cookie", href: "https://github.com/mdn/browser-compat-data/blob/main/http/headers/Set-Cookie.json" },
      { label: "GitHub Docs: GitHub's cookies", href: "https://docs.github.com/en/site-policy/privacy-policies/github-cookies" },
    ],
  },
  {
    id: "host-prefix",
    title: "__Host- prefix",
    aliases: ["__Host-", "cookie prefix"],
    definition:
      "A cookie-name prefix that browsers accept only with `Secure`, `Path=/` and no `Domain`, which pins the cookie to the exact host that set it.",
    explanation: [
      "Because the `Cookie` header carries no attributes, a server cannot tell whether a cookie came from its own host or was planted by a sibling subdomain. Naming the cookie `__Host-id` closes that gap: RFC 6265bis has browsers reject it unless it was set securely, with `Path=/` and without a `Domain`, so no other host can set or overwrite it.",
      "OWASP recommends it for session IDs, for example `Set-Cookie: __Host-SessionID=…; Secure; HttpOnly; SameSite=Strict; Path=/`, and GitHub sets `__Host-user_session_same_site`. The browser does not strip the prefix: the server must read the full name. Ports are the one part of the origin the prefix ignores.",
    ],
    related: ["cookie", "secure", "session-fixation"],
    sources: [
      { label: "MDN: Using HTTP cookies, cookie prefixes", href: "https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Cookies#cookie_prefixes" },
      { label: "RFC 6265bis draft: Cookie name prefixes", href: "https://datatracker.ietf.org/doc/draft-ietf-httpbis-rfc6265bis/" },
      { label: "GitHub Docs: GitHub's cookies", href: "https://docs.github.com/en/site-policy/privacy-policies/github-cookies" },
    ],
  },
  {
    id: "sealed-cookie",
    title: "Sealed cookie",
    aliases: ["encrypted cookie", "cookie store", "iron-session"],
    definition:
      "A cookie whose value is the session data itself, encrypted and authenticated with a server secret, so the browser holds it but can neither read nor change it.",
    explanation: [
      "iron-session seals data with the Iron format (`Fe26.2*…`): AES-256-CBC for secrecy and HMAC-SHA256 for integrity, keyed from a password of at least 32 characters. A password map such as `{ 1: old, 2: new }` rotates secrets: the highest id seals, every id unseals. Rails' default cookie store also keeps the session encrypted and authenticated inside the cookie.",
      "Unlike a signed JWT, a sealed cookie cannot be read by the client. Like any stateless session, it is bounded by the cookie size limit: iron-session 9.0.1 measures the whole `Set-Cookie` line, attributes included, which is stricter than the browsers' name-plus-value rule, and throws \"Cookie length is too big\" past 4096 bytes unless `chunk: true` spreads the seal over up to four cookies. And it cannot be revoked from the server: `session.destroy()` clears the cookie in this browser, but a copied seal still unseals until its embedded expiry, and 60 seconds beyond it, the clock skew iron-webcrypto allows by default. The iron-session maintainers call that a design property, not a bug.",
      "A seal is one string of eight fields joined by `*`: `Fe26.2*<password id>*<salt>*<iv>*<ciphertext>*<expiry>*<HMAC salt>*<HMAC>`, to which iron-session appends `~2`, its own version mark. The password id picks the secret from the rotation map; the two random salts derive the encryption and signing keys; the random IV makes two seals of the same data differ; and the expiry, in milliseconds since 1970, sits under the HMAC, so nobody can extend it.",
      "There is no session ID to regenerate at login, and none is needed: `save()` writes a fresh seal with a new salt, IV and expiry, so a seal an attacker planted beforehand stays anonymous. What can carry over is data, so a login handler should set every field rather than add to the old ones. Saving only at login makes iron-session's `ttl` an absolute timeout; saving on every request would make it an idle timeout instead.",
    ],
    related: ["stateless", "jwt", "cookie"],
    sources: [
      { label: "iron-session README", href: "https://github.com/vvo/iron-session" },
      { label: "iron-session issue #530: session not destroyed upon logging off", href: "https://github.com/vvo/iron-session/issues/530" },
      { label: "Rails Guides: Securing Rails Applications, sessions", href: "https://guides.rubyonrails.org/security.html#sessions" },
      { label: "iron-webcrypto 2.0.0: the seal format, timestampSkewSec", href: "https://www.npmjs.com/package/iron-webcrypto/v/2.0.0" },
      { label: "iron-session 9.0.1 on npm: Session size, chunk", href: "https://www.npmjs.com/package/iron-session/v/9.0.1#session-size" },
    ],
  },
  {
    id: "shared-session-store",
    title: "Shared session store",
    aliases: ["session store", "Redis session store"],
    definition:
      "A store that every server instance can reach, such as Redis or a SQL table, holding sessions by ID so any instance can serve any request.",
    explanation: [
      "Moving sessions out of process memory into a shared store removes the need for sticky sessions: the load balancer may send each request anywhere, and an instance can die or be deployed without signing anyone out.",
      "The price is a network round trip on every request and a new critical dependency: if the store is down, nobody is signed in, and a store without persistence loses every session when it restarts. Expiry can be delegated to the store (a Redis key with a TTL), and deleting a key revokes that session at once, which stateless cookies cannot do.",
    ],
    related: ["stateful", "sticky-sessions", "session-id", "idle-timeout"],
    sources: [
      { label: "express-session README: session stores", href: "https://github.com/expressjs/session#compatible-session-stores" },
      { label: "Redis: EXPIRE", href: "https://redis.io/docs/latest/commands/expire/" },
    ],
  },
  {
    id: "session-hijacking",
    title: "Session hijacking",
    aliases: ["session theft", "cookie theft"],
    definition:
      "Taking over someone's session by obtaining their valid session ID or cookie, for example by stealing it through XSS, sniffing it or finding it in a log.",
    explanation: [
      "A stolen session ID is as good as the password that created it, and no second factor is asked again. Each route in has its own defence: `HttpOnly` keeps scripts from reading the cookie, `Secure` with TLS and HSTS keeps it off the wire, cookies-only IDs keep it out of URLs and logs, and 128 random bits make guessing hopeless.",
      "Since some theft will succeed (malware on the device, for instance), sessions also limit the damage: idle and absolute timeouts shorten the window, critical actions ask for the password again, and users can see and end their active sessions, which needs server-side state. OWASP \"highly recommends\" binding the session ID to properties such as the client IP address or User-Agent, so that a change mid-session can raise an alert or end the session, and warns that a skilled attacker bypasses it by sharing the victim's NAT or proxy or copying the User-Agent.",
      "Regenerating the ID at login does nothing against hijacking: a stolen current ID works until the session ends. What limits the damage is a short absolute timeout and a logout that deletes the session on the server, so that even a copy malware took from the victim's disk dies with it.",
    ],
    related: ["session-id", "xss", "httponly", "session-fixation", "absolute-timeout"],
    sources: [
      {
        label: "OWASP Session Management Cheat Sheet: Binding the Session ID to Other User Properties",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#binding-the-session-id-to-other-user-properties",
      },
      { label: "The Copenhagen Book: Sessions", href: "https://thecopenhagenbook.com/sessions" },
    ],
  },
  {
    id: "xss",
    title: "XSS",
    aliases: ["cross-site scripting"],
    definition:
      "Cross-site scripting: an attacker's script runs inside your pages with the same powers as your own code, including over the signed-in user's session.",
    explanation: [
      "XSS happens when untrusted input reaches a page as markup or script instead of text. Once it runs, it can read anything a script can: cookies without `HttpOnly`, tokens in `localStorage`, CSRF tokens in the page, and it can send requests that carry the user's cookies.",
      "Prevent it at the source: encode output for its context (React escapes text by default; `dangerouslySetInnerHTML` opts out), sanitise HTML you must accept, and add a Content Security Policy as a second layer. `HttpOnly` and `SameSite` do not stop XSS; they only narrow what a successful attack can take away.",
    ],
    related: ["httponly", "session-hijacking", "csrf", "jwt"],
    sources: [
      {
        label: "OWASP Cross Site Scripting Prevention Cheat Sheet",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
      },
      { label: "MDN: Cross-site scripting (XSS)", href: "https://developer.mozilla.org/en-US/docs/Web/Security/Attacks/XSS" },
    ],
  },
  {
    id: "csrf",
    title: "CSRF",
    aliases: ["cross-site request forgery", "XSRF"],
    definition:
      "Cross-site request forgery: another site makes the victim's browser send a request to your site, and the browser attaches the victim's cookies to it.",
    explanation: [
      "Cookies are ambient authority: the browser adds them to matching requests whoever started them, within the limits `SameSite` sets. RFC 6265bis names this reliance on ambient authority as what makes sites vulnerable to CSRF. A hidden form on an attacker's page that posts to `/transfer` arrives with the victim's session cookie and looks like the victim's own click.",
      "Defences: a secret anti-CSRF token in each form that a cross-site page cannot read (synchronizer token or signed double-submit cookie), a check of the `Origin` header on state-changing requests, and `SameSite=Lax` or `Strict` as defence in depth. In Next.js, server actions compare `Origin` with the host; route handlers do not, so they need their own check.",
      "`SameSite` alone is not enough: sibling subdomains are same-site, and browsers differ on defaults. XSS defeats every CSRF defence, because script in your page can read the token.",
    ],
    related: ["samesite", "xss", "cookie"],
    sources: [
      {
        label: "OWASP Cross-Site Request Forgery Prevention Cheat Sheet",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html",
      },
      { label: "The Copenhagen Book: CSRF", href: "https://thecopenhagenbook.com/csrf" },
      {
        label: "Next.js: serverActions.allowedOrigins (the Origin check)",
        href: "https://nextjs.org/docs/app/api-reference/config/next-config-js/serverActions",
      },
    ],
  },
  {
    id: "idle-timeout",
    title: "Idle timeout",
    aliases: ["inactivity timeout", "sliding expiration"],
    definition:
      "How long a session may go unused before the server ends it; every request resets the clock, so an active user stays signed in.",
    explanation: [
      "An idle timeout limits how long an abandoned session, on a shared computer or in a stolen cookie, stays usable. OWASP suggests 2 to 5 minutes for high-value applications and 15 to 30 minutes for low-risk ones; consumer sites often slide much longer expiries, such as the Copenhagen Book's 30 days extended whenever the session is used in its last 15.",
      "Enforce it on the server: record when the session was last used (in the store, or inside the sealed cookie) and refuse it when too old. A cookie's `Max-Age` is only a request to the browser, and a copied cookie ignores it.",
    ],
    related: ["absolute-timeout", "session", "shared-session-store"],
    sources: [
      {
        label: "OWASP Session Management Cheat Sheet: Session expiration",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-expiration",
      },
      { label: "The Copenhagen Book: Sessions, session lifetime", href: "https://thecopenhagenbook.com/sessions" },
    ],
  },
  {
    id: "absolute-timeout",
    title: "Absolute timeout",
    aliases: ["maximum session lifetime"],
    definition:
      "The longest a session may live from the moment it began, however active it is; after that the user must authenticate again.",
    explanation: [
      "Sliding expiry alone lets a busy session, or a stolen one that is kept busy, live forever. An absolute timeout caps it: OWASP gives 4 to 8 hours as typical for applications used during an office day.",
      "Like the idle timeout it belongs on the server: store the creation time with the session and compare on every request. Long-lived sessions can stay convenient by asking for the password again only for critical actions, which the Copenhagen Book calls sudo mode.",
      "How long sessions should last is a trade-off the references disagree on. OWASP recommends browser-session (non-persistent) cookies for session IDs; iron-session defaults to a 14-day cookie; RFC 6265bis calls two weeks a reasonable lifetime for a session identifier; GitHub keeps users signed in for two weeks. What matters is that the server enforces the limit.",
    ],
    related: ["idle-timeout", "session-hijacking", "session"],
    sources: [
      {
        label: "OWASP Session Management Cheat Sheet: Absolute timeout",
        href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#absolute-timeout",
      },
      { label: "The Copenhagen Book: Sessions", href: "https://thecopenhagenbook.com/sessions" },
      { label: "RFC 6265bis draft: Expiration Dates", href: "https://datatracker.ietf.org/doc/draft-ietf-httpbis-rfc6265bis/" },
      { label: "iron-session 9.0.1 README: Session options (ttl)", href: "https://www.npmjs.com/package/iron-session/v/9.0.1#session-options" },
      { label: "GitHub Docs: GitHub's cookies", href: "https://docs.github.com/en/site-policy/privacy-policies/github-cookies" },
    ],
  },
  {
    id: "end-all-sessions",
    title: "Sign out everywhere",
    aliases: ["end all sessions", "sign out other devices", "global logout", "active sessions list"],
    definition:
      "Ending every session of one user at once, or every one but the current, and letting users see and end their own sessions.",
    explanation: [
      "ASVS 5.0 asks for it in several places. V7.4.2 (level 1): end all active sessions when an account is disabled or deleted. V7.4.3 (level 2): after any authentication factor is changed or removed, including a password reset or an MFA change, offer to end all other sessions. V7.5.2 (level 2): users can view their active sessions and, having authenticated again with at least one factor, end any or all of them. The Copenhagen Book adds new permissions and password changes as reasons to invalidate all of a user's sessions, and OWASP recommends showing active sessions' details and letting users end them remotely.",
      "With server-side sessions it is a delete: keep an index from user to session IDs beside the records (a Redis set per user, or a `user_id` column), and removing those records logs every device out on its next request. The index is also what the \"your sessions\" page lists, with what the server recorded for each session, such as its user agent and last use.",
      "Stateless sessions cannot do this on their own: a sealed cookie or JWT is valid wherever the key is, and there is no record to delete. iron-session's README suggests a flag on the user that every request checks; a per-user session version or \"valid after\" time in the user's row works the same way. Either is a lookup per request, which is server state again.",
    ],
    related: ["stateful", "stateless", "sudo-mode", "session-hijacking"],
    sources: [
      { label: "OWASP ASVS 5.0.0: V7.4 Session Termination, V7.5 Defenses Against Session Abuse", href: "https://github.com/OWASP/ASVS/blob/v5.0.0/5.0/en/0x16-V7-Session-Management.md" },
      { label: "The Copenhagen Book: Sessions, Session invalidation", href: "https://thecopenhagenbook.com/sessions#session-invalidation" },
      { label: "OWASP Session Management Cheat Sheet: Simultaneous Session Logons", href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#simultaneous-session-logons" },
      { label: "iron-session 9.0.1 README: How to invalidate sessions?", href: "https://www.npmjs.com/package/iron-session/v/9.0.1#how-to-invalidate-sessions" },
    ],
  },
  {
    id: "sudo-mode",
    title: "Sudo mode",
    aliases: ["re-authentication", "reauthentication", "step-up authentication"],
    definition:
      "Asking a signed-in user for a credential again before a security-critical action, and trusting that proof for a few minutes only.",
    explanation: [
      "The Copenhagen Book offers it as the alternative to short sessions: keep sessions long, record in each session when the user last used a credential (password, passkey, TOTP), and send them through a quick re-authentication before security-critical pages if that was too long ago. A stolen cookie then opens the account but not its settings.",
      "ASVS 5.0 V7.5.1 (level 2) asks for full re-authentication before changing account attributes that affect authentication, such as the email address, phone number or MFA settings; V7.5.3 (level 3) asks for further authentication or secondary verification before highly sensitive transactions; and V7.2.4 asks for a new session token on every authentication, re-authentication included. OWASP adds risk events, such as a login from a new device, as reasons to ask again.",
    ],
    related: ["end-all-sessions", "session-hijacking", "absolute-timeout", "renewal-timeout"],
    sources: [
      { label: "The Copenhagen Book: Sessions, Sudo mode", href: "https://thecopenhagenbook.com/sessions#sudo-mode" },
      { label: "OWASP ASVS 5.0.0: V7.2.4, V7.5.1, V7.5.3", href: "https://github.com/OWASP/ASVS/blob/v5.0.0/5.0/en/0x16-V7-Session-Management.md" },
      { label: "OWASP Session Management Cheat Sheet: Reauthentication After Risk Events", href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#reauthentication-after-risk-events" },
    ],
  },
  {
    id: "renewal-timeout",
    title: "Renewal timeout",
    aliases: ["periodic session ID renewal", "session ID rotation"],
    definition:
      "Giving a live session a new ID at a fixed interval, however active it is, so a stolen copy of an older ID stops working.",
    explanation: [
      "OWASP describes it beside the idle and absolute timeouts: after the renewal timeout the session ID is renewed in the middle of the session, independently of activity. The user stays signed in; only the ID changes, so an ID an attacker copied earlier can be replayed for at most one interval. It complements the other two timeouts, especially when sessions must stay open for a long time.",
      "OWASP also names its race: if the attacker sends a request with the old ID right after the interval ends, they may receive the new ID first. The real user's next request then fails, which at least makes the theft visible. Renewal does not replace regenerating the ID at login (against fixation) and does nothing against script injected into the page, which always uses the current cookie.",
    ],
    related: ["session-id", "idle-timeout", "absolute-timeout", "session-hijacking"],
    sources: [
      { label: "OWASP Session Management Cheat Sheet: Renewal Timeout", href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#renewal-timeout" },
    ],
  },
  {
    id: "backend-for-frontend",
    title: "Backend for frontend",
    aliases: ["BFF", "token storage", "localStorage tokens"],
    definition:
      "A server beside a browser app that holds its OAuth tokens and gives the browser only an HttpOnly session cookie, so no script can read a token.",
    explanation: [
      "Where a browser app keeps its session token decides what XSS can do. In `localStorage` or `sessionStorage` any script on the origin can read it, so one injected script, or one compromised dependency, leaks it: OWASP's cheat sheet says not to keep session tokens there, and the Copenhagen Book warns about supply-chain attacks. Sent in an `Authorization` header, a token is not ambient, so CSRF does not apply, but the script that sends it can read it. Kept only in memory (a variable, or a Web Worker, which OWASP discusses), it is gone on reload, and injected script can still use it while the page is open.",
      "An `HttpOnly; Secure` cookie keeps the value out of every script, though the script's requests still carry it, so CSRF defences are needed. The backend-for-frontend pattern of the IETF draft \"OAuth 2.0 for Browser-Based Applications\" builds on that: the BFF runs the OAuth flow as a confidential client, keeps access and refresh tokens on the server, and gives the browser only its own session cookie; OWASP points to it as the alternative to tokens in web storage.",
      "Keep the API on the same site as the page (for example `api.app.example` for `app.example`): a cookie sent to another site is a third-party cookie, which browsers increasingly block or partition.",
    ],
    related: ["httponly", "xss", "csrf", "partitioned-cookie", "jwt"],
    sources: [
      { label: "OWASP Session Management Cheat Sheet: HTML5 Web Storage API, Web Workers", href: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#html5-web-storage-api" },
      { label: "IETF draft: OAuth 2.0 for Browser-Based Applications", href: "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-browser-based-apps" },
      { label: "The Copenhagen Book: Sessions, Client storage", href: "https://thecopenhagenbook.com/sessions#client-storage" },
    ],
  },
  {
    id: "jws",
    title: "JWS",
    aliases: ["JSON Web Signature", "signed JWT"],
    definition:
      "JSON Web Signature (RFC 7515): content protected by a signature or MAC; in compact form three base64url parts, header.payload.signature.",
    explanation: [
      "The header names the algorithm (`alg`, the one required member) and may carry `typ`, `kid` and other parameters. The signature is computed over the exact text `base64url(header) + \".\" + base64url(payload)`, so any change to either part breaks it.",
      "A JWS proves integrity and origin, not secrecy: anyone holding one decodes the payload. Almost every JWT in use is a JWS whose payload is a JSON claims set.",
      "The algorithm in the header is a claim by the sender. RFC 8725 makes the verifier decide which algorithms it accepts, which is what stops `alg: none` and algorithm confusion.",
    ],
    related: ["jwt", "jwe", "jwt-claims", "algorithm-confusion"],
    sources: [
      { label: "RFC 7515: JSON Web Signature", href: "https://www.rfc-editor.org/rfc/rfc7515" },
      { label: "RFC 8725 §3.1: Perform Algorithm Verification", href: "https://www.rfc-editor.org/rfc/rfc8725#section-3.1" },
    ],
  },
  {
    id: "jwe",
    title: "JWE",
    aliases: ["JSON Web Encryption", "encrypted JWT"],
    definition:
      "JSON Web Encryption (RFC 7516): encrypted content; in compact form five base64url parts: header, encrypted key, IV, ciphertext and tag.",
    explanation: [
      "Only the header of a JWE is readable. The content is encrypted with a content key (`enc`, for example A256GCM), which is itself encrypted or agreed for the recipient (`alg`, for example RSA-OAEP or ECDH-ES).",
      "A JWT that must be both signed and secret is usually a JWS nested inside a JWE. RFC 8725 warns that some libraries confuse successful decryption with a valid signature, so a verifier must check which of the two it received.",
    ],
    related: ["jws", "jwt"],
    sources: [
      { label: "RFC 7516: JSON Web Encryption", href: "https://www.rfc-editor.org/rfc/rfc7516" },
      { label: "RFC 8725 §2.3: Incorrect Composition of Encryption and Signature", href: "https://www.rfc-editor.org/rfc/rfc8725#section-2.3" },
    ],
  },
  {
    id: "jwt-claims",
    title: "JWT claims",
    aliases: ["registered claims", "iss sub aud exp nbf iat jti"],
    definition:
      "The name/value pairs in a JWT's payload; RFC 7519 registers iss, sub, aud, exp, nbf, iat and jti, each with a rule the verifier applies.",
    explanation: [
      "`iss` names the issuer and `sub` the subject; `aud` names who may accept the token, and a service not named there must refuse it; `exp` and `nbf` bound its validity in seconds since 1970; `iat` records when it was issued; `jti` is a unique id for deny lists and replay checks.",
      "All are optional in RFC 7519 itself; profiles make them required. RFC 9068, for OAuth access tokens, requires `iss`, `exp`, `aud`, `sub`, `client_id`, `iat` and `jti`.",
      "Claim names must be unique. RFC 7519 lets a parser either reject duplicates or keep the last one, so two parsers can read different values from one token.",
    ],
    related: ["jwt", "jws", "token-deny-list"],
    sources: [
      { label: "RFC 7519 §4: JWT Claims", href: "https://www.rfc-editor.org/rfc/rfc7519#section-4" },
      { label: "RFC 9068 §2.2: JWT access token claims", href: "https://www.rfc-editor.org/rfc/rfc9068#section-2.2" },
    ],
  },
  {
    id: "jwks",
    title: "JWKS",
    aliases: ["JWK Set", "JSON Web Key Set", "kid"],
    definition:
      "A JSON object {\"keys\": [...]} listing an issuer's public keys as JWKs (RFC 7517 §5); a token's kid says which one signed it.",
    explanation: [
      "Issuers publish their JWKS at a fixed URL (in OpenID Connect, the `jwks_uri` of the discovery document). Verifiers fetch it from the URL they were configured with, cache it, and pick the key whose `kid` matches the token's header.",
      "Rotation works by overlap: publish the new key, start signing with it, and remove the old key once every token it signed has expired. OpenID Connect tells verifiers to refetch the set when they meet an unknown `kid`.",
      "A token can also name a key set URL in its own `jku` header. Following it lets the token choose its own key; RFC 8725 says to treat such URLs as attacker input.",
    ],
    related: ["jws", "algorithm-confusion"],
    sources: [
      { label: "RFC 7517 §5: JWK Set Format", href: "https://www.rfc-editor.org/rfc/rfc7517#section-5" },
      { label: "OpenID Connect Core §10.1.1: Rotation of Asymmetric Signing Keys", href: "https://openid.net/specs/openid-connect-core-1_0.html#RotateSigKeys" },
      { label: "RFC 8725 §3.10: Do Not Trust Received Claims", href: "https://www.rfc-editor.org/rfc/rfc8725#section-3.10" },
    ],
  },
  {
    id: "algorithm-confusion",
    title: "Algorithm confusion",
    aliases: ["RS256 to HS256", "key confusion", "alg none"],
    definition:
      "Tricking a verifier into checking a signature with a different algorithm than the key is meant for, such as an RSA public key used as an HMAC secret.",
    explanation: [
      "A verifier that reads `alg` from the token and hands its one configured key to that algorithm can be fooled. If the key is an RSA public key, which anyone can obtain, an attacker signs a token with HS256 using the key's PEM text as the HMAC secret, and the verifier's HMAC check passes. The same flaw accepts `alg: none` tokens with no signature at all.",
      "The fix, in RFC 8725 §3.1: the verifier pins the algorithms it accepts and uses each key with exactly one algorithm. Libraries such as `jose` refuse to use an asymmetric key for HMAC.",
    ],
    related: ["jws", "jwks"],
    sources: [
      { label: "RFC 8725 §2.1: Weak Signatures and Insufficient Signature Validation", href: "https://www.rfc-editor.org/rfc/rfc8725#section-2.1" },
      { label: "CVE-2015-9235", href: "https://nvd.nist.gov/vuln/detail/CVE-2015-9235" },
    ],
  },
  {
    id: "refresh-token",
    title: "Refresh token",
    aliases: ["refresh_token"],
    definition:
      "A longer-lived credential a client sends only to the authorization server, to get a new short-lived access token without the user logging in again.",
    explanation: [
      "Short access tokens limit how long a stolen copy works; the refresh token keeps the user signed in across them. It is sent only to the authorization server, never to APIs (RFC 6749 §1.5).",
      "Because it lives long, it needs more protection than an access token: kept on a server (a backend for frontend) or in an `HttpOnly` cookie, bound to the client, and rotated when the client is public.",
    ],
    related: ["refresh-token-rotation", "backend-for-frontend", "jwt"],
    sources: [
      { label: "RFC 6749 §1.5: Refresh Token", href: "https://www.rfc-editor.org/rfc/rfc6749#section-1.5" },
      { label: "RFC 9700 §4.14: Refresh Token Protection", href: "https://www.rfc-editor.org/rfc/rfc9700#section-4.14" },
    ],
  },
  {
    id: "refresh-token-rotation",
    title: "Refresh-token rotation",
    aliases: ["reuse detection", "token family"],
    definition:
      "Issuing a new refresh token on every refresh and invalidating the old one; reuse of an old one reveals a copy, so the whole family is revoked.",
    explanation: [
      "When a stolen refresh token and the real one are both used, one party presents a token that was already used. The server cannot tell which is the attacker, so it revokes every token descended from the same login, and both must log in again.",
      "RFC 9700 requires refresh tokens of public clients (browser apps, mobile apps) to be rotated or sender-constrained. The FAPI 2.0 profile discourages rotation for confidential clients, where it adds failure modes (a lost response locks the client out) and no security. Auth0 offers an overlap period during which the previous token still works, to survive retries.",
    ],
    related: ["refresh-token", "token-deny-list"],
    sources: [
      { label: "RFC 9700 §4.14.2: Refresh token protection, recommendations", href: "https://www.rfc-editor.org/rfc/rfc9700#section-4.14.2" },
      { label: "Auth0: Refresh Token Rotation", href: "https://auth0.com/docs/secure/tokens/refresh-tokens/refresh-token-rotation" },
      { label: "FAPI 2.0 Security Profile", href: "https://openid.net/specs/fapi-security-profile-2_0-final.html" },
    ],
  },
  {
    id: "token-deny-list",
    title: "Token deny list",
    aliases: ["denylist", "blocklist", "token revocation list"],
    definition:
      "Server-side list of tokens revoked before their expiry, keyed on the issuer and jti claims, and kept until each token's exp.",
    explanation: [
      "A signed token stays valid until `exp`. To end one early (logout, a stolen device), the verifier records it and checks the list on every request, which is server state again.",
      "Key the list on `(iss, jti)`, never on the token's text or a hash of it: the OWASP cheat sheet shows that one token has many spellings, through ECDSA signature malleability and lenient base64url decoders that ignore the spare bits of a part's last character.",
    ],
    related: ["jwt-claims", "refresh-token-rotation", "jwt"],
    sources: [
      { label: "OWASP JWT Cheat Sheet: No Built-In Token Revocation", href: "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html#no-built-in-token-revocation-by-the-user" },
      { label: "RFC 4648 §3.5: Canonical Encoding", href: "https://www.rfc-editor.org/rfc/rfc4648#section-3.5" },
    ],
  },
  {
    id: "partitioned-cookie",
    title: "Partitioned cookie",
    aliases: ["CHIPS", "Partitioned attribute", "third-party cookie"],
    definition:
      "A cookie stored in a separate jar for each top-level site it is used under, so an embedded app keeps state without tracking users across sites.",
    explanation: [
      "A third-party cookie belongs to content embedded from another site than the page the user is on. RFC 6265bis (section 7.1) records that most browsers now restrict them: some block them entirely, some partition them by the top-level site, and it recommends the most restrictive policy compatibility allows. `SameSite=None` is therefore no promise that a cookie goes along.",
      "The `Partitioned` attribute (CHIPS) opts a cookie into partitioned storage: an iframe from `chat.example` embedded on `a.example` and on `b.example` gets two separate cookies, and neither is the cookie `chat.example` has as a first party. It must be set with `Secure`, and MDN recommends the `__Host-` prefix with it. The compatibility data lists it in Chrome 114, Firefox 141 and Safari 26.2.",
      "For sessions this means: an app that must work inside other sites' pages needs a partitioned cookie (a separate sign-in per embedding site) or another mechanism; an app's own pages and API should stay on one site, so its session cookie is first-party.",
    ],
    related: ["samesite", "cookie", "backend-for-frontend", "secure"],
    sources: [
      { label: "RFC 6265bis draft, section 7.1: Third-Party Cookies", href: "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#third-party-cookies" },
      { label: "MDN: Cookies Having Independent Partitioned State (CHIPS)", href: "https://developer.mozilla.org/en-US/docs/Web/Privacy/Guides/Privacy_sandbox/Partitioned_cookies" },
      { label: "MDN browser compatibility data: Set-Cookie, Partitioned", href: "https://github.com/mdn/browser-compat-data/blob/main/http/headers/Set-Cookie.json" },
    ],
  },
  {
    id: "replication-lag",
    title: "Replication lag",
    aliases: ["replica lag", "standby lag"],
    definition:
      "How far an asynchronous replica is behind its leader: writes the leader has committed that the replica has not applied yet.",
    explanation: [
      "With asynchronous replication the leader acknowledges a write before its replicas have it, and ships its log to them afterwards. PostgreSQL's documentation says streaming replication is asynchronous by default, with \"a small delay between committing a transaction in the primary and the changes becoming visible in the standby\", typically under a second when the standby keeps up.",
      "Lag is measured in time or in log positions (how many versions, or WAL bytes, the replica is behind). It grows under write load, slow disks or network trouble. A read served by a lagging replica returns an older state, which is how users come to miss their own writes or see a comment vanish.",
    ],
    related: ["session-guarantees", "log-sequence-number", "read-your-writes", "monotonic-reads"],
    sources: [
      { label: "PostgreSQL documentation: Streaming Replication", href: "https://www.postgresql.org/docs/current/warm-standby.html#STREAMING-REPLICATION" },
      { label: "Amazon DynamoDB: Read consistency", href: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html" },
    ],
  },
  {
    id: "session-guarantees",
    title: "Session guarantees",
    aliases: ["client-centric consistency", "Bayou session guarantees"],
    definition:
      "Four promises a replicated store makes to one client's sequence of operations: read your writes, monotonic reads, writes follow reads and monotonic writes.",
    explanation: [
      "Terry, Demers, Petersen, Spreitzer, Theimer and Welch defined them in 1994 for Bayou, a replicated store at Xerox PARC where clients could read and write at any server. A session is one client's sequence of reads and writes; each guarantee relates an earlier operation of the session to a later one, and none says anything about other sessions.",
      "On Jepsen's map they sit below causal consistency: causal implies writes follow reads and PRAM, and PRAM implies monotonic reads, monotonic writes and read your writes. Real systems expose them through a token the client carries: Cosmos DB's session token, MongoDB's operationTime sent back as afterClusterTime, a PostgreSQL LSN.",
    ],
    related: ["read-your-writes", "monotonic-reads", "writes-follow-reads", "monotonic-writes", "session-token"],
    sources: [
      { label: "Terry et al., Session Guarantees for Weakly Consistent Replicated Data (PDIS 1994)", href: "https://doi.org/10.1109/PDIS.1994.331722" },
      { label: "Jepsen: Consistency Models", href: "https://jepsen.io/consistency" },
    ],
  },
  {
    id: "read-your-writes",
    title: "Read your writes",
    aliases: ["RYW", "read my writes", "read-after-write consistency"],
    definition:
      "A session guarantee: every read includes all the writes the same session made before it.",
    explanation: [
      "Terry et al. (1994): if read R follows write W in a session and R is performed at server S at time t, then W is included in DB(S,t), the writes S holds at that time. Jepsen puts it as: if a process performs a write w and then a read r, r must observe w's effects.",
      "It says nothing about other sessions: another user may still read the old value. Jepsen classes it as sticky available: in a partition every node can make progress only so long as clients keep talking to the same server. Reading from a lagging replica right after writing to the leader is the classic way to break it.",
    ],
    related: ["session-guarantees", "monotonic-reads", "replication-lag", "session-token"],
    sources: [
      { label: "Jepsen: Read Your Writes", href: "https://jepsen.io/consistency/models/read-your-writes" },
      { label: "Terry et al., Session Guarantees for Weakly Consistent Replicated Data (PDIS 1994)", href: "https://doi.org/10.1109/PDIS.1994.331722" },
    ],
  },
  {
    id: "monotonic-reads",
    title: "Monotonic reads",
    aliases: ["MR"],
    definition:
      "A session guarantee: a read never returns an older state than an earlier read of the same session saw. Reads cannot go backwards.",
    explanation: [
      "Terry et al. (1994): if read R1 comes before R2 in a session, the writes relevant to R1 at the server and time it ran must be in the state R2 reads from. Jepsen: if a process performs r1 then r2, r2 cannot observe a state prior to the writes reflected in r1.",
      "It forbids going back, not being stale: a session may read the same old state for as long as it likes. Sending each user to one replica keeps it while that replica lives, since one replica's state only moves forward; carrying the newest version seen and reading only from replicas at least that fresh keeps it across replicas.",
    ],
    related: ["session-guarantees", "read-your-writes", "replication-lag", "sticky-sessions"],
    sources: [
      { label: "Jepsen: Monotonic Reads", href: "https://jepsen.io/consistency/models/monotonic-reads" },
      { label: "Terry et al., Session Guarantees for Weakly Consistent Replicated Data (PDIS 1994)", href: "https://doi.org/10.1109/PDIS.1994.331722" },
    ],
  },
  {
    id: "writes-follow-reads",
    title: "Writes follow reads",
    aliases: ["WFR", "session causality", "write-follows-reads"],
    definition:
      "A session guarantee: a write is ordered, everywhere, after the writes its session had read before it.",
    explanation: [
      "Terry et al. (1994): if read R1 precedes write W2 in a session, then any server that has W2 also has the writes relevant to R1, ordered before W2. Jepsen: if a process reads a value from write w1 and later performs w2, w2 must be visible after w1; once you have read something, you cannot change that read's past.",
      "Breaking it looks like an answer that appears before its question on some replica. With a single leader that orders every write after everything already in its log, it holds by construction; it matters in systems that accept writes at several servers.",
    ],
    related: ["session-guarantees", "monotonic-writes"],
    sources: [
      { label: "Jepsen: Writes Follow Reads", href: "https://jepsen.io/consistency/models/writes-follow-reads" },
      { label: "Terry et al., Session Guarantees for Weakly Consistent Replicated Data (PDIS 1994)", href: "https://doi.org/10.1109/PDIS.1994.331722" },
    ],
  },
  {
    id: "monotonic-writes",
    title: "Monotonic writes",
    aliases: ["MW"],
    definition:
      "A session guarantee: a session's writes are applied everywhere in the order the session made them.",
    explanation: [
      "Terry et al. (1994): if write W1 precedes W2 in a session, any server that has W2 also has W1, ordered before it. Jepsen: if a process performs w1 then w2, all processes observe w1 before w2.",
      "Breaking it looks like an edit that reaches a replica before the document it edits. A single leader that applies a session's writes in the order they arrive keeps it, as long as the client waits for each write to be acknowledged before sending the next.",
    ],
    related: ["session-guarantees", "writes-follow-reads"],
    sources: [
      { label: "Jepsen: Monotonic Writes", href: "https://jepsen.io/consistency/models/monotonic-writes" },
      { label: "Terry et al., Session Guarantees for Weakly Consistent Replicated Data (PDIS 1994)", href: "https://doi.org/10.1109/PDIS.1994.331722" },
    ],
  },
  {
    id: "session-token",
    title: "Session token (Cosmos DB)",
    aliases: ["x-ms-session-token", "version token"],
    definition:
      "In Azure Cosmos DB, the value a client gets after every write and sends with reads, so only a replica at least that fresh answers.",
    explanation: [
      "Under Cosmos DB's session consistency, the client receives an updated session token after every write and sends it with its reads. A replica that holds data for that token, or a newer one, serves the read; otherwise the client retries another replica in the region, then other regions. Microsoft calls the token a minimum version barrier, and it is bound to one partition.",
      "The token belongs to a client instance, not to a user. A web app with several servers behind a round-robin load balancer must carry it through the client tier, in a cookie or some other mechanism, as the SDK reference says, and must not modify it. A new client instance without tokens reads with eventual consistency until it writes.",
    ],
    related: ["session-guarantees", "read-your-writes", "log-sequence-number", "cookie"],
    sources: [
      { label: "Azure Cosmos DB: Consistency levels, Session consistency", href: "https://learn.microsoft.com/en-us/azure/cosmos-db/consistency-levels#session-consistency" },
      { label: "Azure Cosmos DB .NET SDK: ReadManyRequestOptions.SessionToken", href: "https://learn.microsoft.com/en-us/dotnet/api/microsoft.azure.cosmos.readmanyrequestoptions.sessiontoken" },
    ],
  },
  {
    id: "log-sequence-number",
    title: "Log sequence number (LSN)",
    aliases: ["LSN", "WAL position", "pg_lsn"],
    definition:
      "A position in PostgreSQL's write-ahead log, such as 16/B374D848: a version number for everything committed up to that point.",
    explanation: [
      "PostgreSQL writes every change to its write-ahead log (WAL) and ships the log to standbys, which replay it in order. A position in that log is an LSN, written as two hexadecimal numbers separated by a slash; compare LSNs as numbers (the pg_lsn type does), not as text.",
      "`pg_current_wal_lsn()` on the primary returns the current write location; `pg_last_wal_replay_lsn()` on a standby returns the last location it has replayed. A standby whose replay LSN has reached the LSN a session saw after its write has that write, which is how an application builds read your writes on PostgreSQL replicas. PostgreSQL 19 adds `WAIT FOR LSN` to wait for it.",
    ],
    related: ["replication-lag", "session-token", "read-your-writes"],
    sources: [
      { label: "PostgreSQL documentation: System Administration Functions", href: "https://www.postgresql.org/docs/current/functions-admin.html" },
      { label: "PostgreSQL 19 documentation: WAIT FOR", href: "https://www.postgresql.org/docs/19/sql-wait-for.html" },
    ],
  },
  {
    id: "session-window",
    title: "Session window",
    aliases: ["sessionization", "activity session"],
    definition:
      "A window over one key's events that stays open while events keep coming and closes after a pause longer than the inactivity gap.",
    explanation: [
      "Tumbling and sliding windows have fixed edges. A session window takes its edges from the data: each event opens or extends a session of its key, and a pause longer than the inactivity gap ends it. Sessions are kept per key, so two users' sessions never merge, and their lengths vary.",
      "Stream processors build them by merging: Flink and Beam open a window from the event's time to that time plus the gap and merge windows that meet; Kafka Streams merges a record into every session of its key within one gap. An out-of-order event can therefore join two sessions into one.",
      "The engines differ at the edges. Kafka Streams reports a session as [first event, last event], inclusive; Flink and Beam as [first event, last event + gap). Kafka Streams and Flink merge events exactly one gap apart, Beam does not.",
    ],
    related: ["inactivity-gap", "watermark", "event-time", "grace-period"],
    sources: [
      { label: "Apache Flink documentation: Session Windows", href: "https://nightlies.apache.org/flink/flink-docs-stable/docs/dev/datastream/operators/windows/#session-windows" },
      { label: "Kafka Streams DSL: Session Windows", href: "https://kafka.apache.org/documentation/streams/developer-guide/dsl-api.html#session-windows" },
      { label: "Apache Beam programming guide: Windowing", href: "https://beam.apache.org/documentation/programming-guide/#windowing" },
    ],
  },
  {
    id: "inactivity-gap",
    title: "Inactivity gap",
    aliases: ["session gap", "gap duration", "session timeout"],
    definition: "The pause after which a session window, or an analytics session, ends: events closer together than the gap belong to one session.",
    explanation: [
      "Kafka Streams names it in `SessionWindows.ofInactivityGapAndGrace`, Flink in `EventTimeSessionWindows.withGap`, Beam in `Sessions.withGapDuration`, Spark in `session_window(timeColumn, gapDuration)`. Flink and Spark also accept a gap computed per event.",
      "What happens at exactly one gap differs: Kafka Streams and Flink keep such events in one session, Beam splits them. Analytics products use the same idea as a session timeout: 30 minutes by default in Google Analytics 4 and Adobe Analytics, which starts a new visit only when more than 30 minutes pass.",
    ],
    related: ["session-window", "idle-timeout"],
    sources: [
      { label: "Apache Flink documentation: Session Windows", href: "https://nightlies.apache.org/flink/flink-docs-stable/docs/dev/datastream/operators/windows/#session-windows" },
      { label: "Google Analytics: About Analytics sessions", href: "https://support.google.com/analytics/answer/9191807" },
      { label: "Adobe Analytics: Visits", href: "https://experienceleague.adobe.com/en/docs/analytics/components/metrics/visits" },
    ],
  },
  {
    id: "event-time",
    title: "Event time",
    aliases: ["processing time"],
    definition: "The time an event happened, carried in the event, as opposed to processing time, the time a processor handles it.",
    explanation: [
      "Events reach a stream processor late and out of order: a phone offline for an hour sends its events at once. Windows computed in processing time would group events by when they arrived; windows in event time group them by when they happened, which is what a user session means.",
      "The cost is waiting: the processor cannot know that no earlier event is still on its way, so it needs a watermark (Flink, Beam) or stream time (Kafka Streams) to decide when a window is complete.",
    ],
    related: ["watermark", "session-window"],
    sources: [
      { label: "Apache Flink documentation: Timely Stream Processing", href: "https://nightlies.apache.org/flink/flink-docs-stable/docs/concepts/time/" },
      { label: "Apache Beam programming guide: Watermarks and late data", href: "https://beam.apache.org/documentation/programming-guide/#watermarks-and-late-data" },
    ],
  },
  {
    id: "watermark",
    title: "Watermark",
    aliases: ["stream time"],
    definition: "A stream processor's estimate of how far event time has progressed: a watermark at t says no more events at or before t are expected.",
    explanation: [
      "Flink defines it as a declaration \"that event time has reached time t in that stream, meaning that there should be no more elements from the stream with a timestamp t' <= t\". An event that arrives behind the watermark is late; windows fire when the watermark passes their end.",
      "Kafka Streams has no watermarks. Its session aggregate uses stream time, the highest record timestamp it has seen, and closes a session once stream time passes the session's end plus the gap and the grace period.",
    ],
    related: ["event-time", "grace-period"],
    sources: [
      { label: "Apache Flink documentation: Event Time and Watermarks", href: "https://nightlies.apache.org/flink/flink-docs-stable/docs/concepts/time/#event-time-and-watermarks" },
      {
        label: "Apache Kafka source: KStreamSessionWindowAggregate",
        href: "https://github.com/apache/kafka/blob/1eb7644349cb07139d6a3c1ad1986979647cac99/streams/src/main/java/org/apache/kafka/streams/kstream/internals/KStreamSessionWindowAggregate.java",
      },
    ],
  },
  {
    id: "grace-period",
    title: "Grace period",
    aliases: ["allowed lateness"],
    definition: "How much longer a window stays open for late events after its end: Kafka Streams calls it a grace period, Flink and Beam allowed lateness.",
    explanation: [
      "With none, an event behind the watermark is dropped: Flink's default allowed lateness is 0, so \"elements that arrive behind the watermark will be dropped\". A grace period keeps the window's state and accepts such events, updating or re-firing its result.",
      "Longer grace keeps more late data and delays final results: Kafka Streams' `suppress(Suppressed.untilWindowCloses(...))` emits a window's result only once stream time passes its end plus the grace period.",
    ],
    related: ["watermark", "session-window", "tombstone"],
    sources: [
      { label: "Apache Flink documentation: Allowed Lateness", href: "https://nightlies.apache.org/flink/flink-docs-stable/docs/dev/datastream/operators/windows/#allowed-lateness" },
      { label: "Kafka Streams DSL: Window Final Results", href: "https://kafka.apache.org/documentation/streams/developer-guide/dsl-api.html#window-final-results" },
    ],
  },
  {
    id: "tombstone",
    title: "Tombstone",
    aliases: ["tombstone record"],
    definition: "A record with a key and a null value: in Kafka it means the key is deleted, and session windows use it to retract merged sessions.",
    explanation: [
      "Kafka's guide describes a KTable as a changelog stream in which a record with a null value is a delete, or tombstone, for the record's key. A session aggregate's output is such a changelog, keyed by the session window.",
      "When a record merges sessions, Kafka Streams forwards a tombstone for each session it replaced and then the merged session, so a downstream table ends with one row per session. Consumers that cannot take back a result should use `suppress` to see only final results.",
    ],
    related: ["session-window", "grace-period"],
    sources: [
      { label: "Kafka Streams DSL: KTable, the changelog stream", href: "https://kafka.apache.org/documentation/streams/developer-guide/dsl-api.html#streams_concepts_ktable" },
      {
        label: "Apache Kafka test: KStreamSessionWindowAggregateProcessorTest",
        href: "https://github.com/apache/kafka/blob/1eb7644349cb07139d6a3c1ad1986979647cac99/streams/src/test/java/org/apache/kafka/streams/kstream/internals/KStreamSessionWindowAggregateProcessorTest.java",
      },
    ],
  },
]);

/** The term with this id, or undefined. */
export function findTerm(id: string) {
  return glossary.find((term) => term.id === id);
}
