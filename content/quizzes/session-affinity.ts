import { defineQuiz, type QuizSource } from "../quiz-schema";

/**
 * The quiz that closes the "session-affinity" lesson. Every explanation names its primary source:
 * the vendor's manual or the balancer's source at the version the lab was checked against.
 * Question ids are stored in learners' cookies: never rename one, add a new one instead.
 */
const NGINX_DOC = "https://nginx.org/en/docs/http/ngx_http_upstream_module.html";
const NGINX_SRC = "https://github.com/nginx/nginx/blob/release-1.22.1/src/http/modules";
const HAPROXY_DOC = "https://docs.haproxy.org/2.6/configuration.html";
const source = (label: string, href: string): QuizSource => ({ label, href });
const s = {
  ipHashDoc: source("nginx docs: ip_hash", `${NGINX_DOC}#ip_hash`),
  ipHashSrc: source("nginx 1.22.1 source: ngx_http_upstream_ip_hash_module.c", `${NGINX_SRC}/ngx_http_upstream_ip_hash_module.c`),
  hashDoc: source("nginx docs: hash … consistent", `${NGINX_DOC}#hash`),
  hashSrc: source("nginx 1.22.1 source: ngx_http_upstream_hash_module.c", `${NGINX_SRC}/ngx_http_upstream_hash_module.c`),
  sticky: source("nginx CHANGES, 1.29.6: the sticky directive", "https://nginx.org/en/CHANGES"),
  cookie: source("HAProxy 2.6 manual: cookie (insert, indirect, nocache)", `${HAPROXY_DOC}#4-cookie`),
  balance: source("HAProxy 2.6 manual: balance source", `${HAPROXY_DOC}#4.2-balance`),
  haCommit: source("HAProxy commit 879debeec: responses without expiry or validator are not cacheable", "https://github.com/haproxy/haproxy/commit/879debeecb93202c983f25f5f1d765e74d77faa5"),
  private: source("RFC 9111 §5.2.2.7: private", "https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.7"),
  alb: source("AWS: sticky sessions for your Application Load Balancer", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html"),
  albChain: source("AWS (2021): application cookie stickiness works across chained load balancers", "https://amazonaws.cn/en/new/2021/application-load-balancer-supports-application-cookie-stickiness-china-regions"),
  rfc6265: source("RFC 6265 §5.3 step 11: a cookie with the same name, domain and path replaces the old one", "https://www.rfc-editor.org/rfc/rfc6265#section-5.3"),
  k8s: source("Kubernetes: Service session affinity", "https://kubernetes.io/docs/reference/networking/virtual-ips/#session-affinity"),
  k8sApi: source("Kubernetes API: Service, sessionAffinityConfig", "https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/"),
  maglev: source("Envoy docs: Maglev load balancing policy", "https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/load_balancing_policies/maglev/v3/maglev.proto"),
  envoy: source("Envoy docs: supported load balancers", "https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/upstream/load_balancing/load_balancers"),
  dereg: source("AWS: target group deregistration delay", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-target-group-attributes.html#deregistration-delay"),
  owasp: source("OWASP Session Management Cheat Sheet", "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html"),
};

export const sessionAffinityQuiz = defineQuiz("content/quizzes/session-affinity.ts", {
  slug: "session-affinity",
  questions: [
    {
      id: "why",
      kind: "single",
      terms: ["sticky-sessions", "stateful"],
      section: "why-affinity-exists",
      hint: "Picture two requests from one user landing on two different servers. What would the second server be missing?",
      lab: { href: "/lessons/session-affinity#lab-affinity", label: "the session-affinity lab" },
      prompt: "Why does a balancer in front of an app need session affinity at all?",
      options: [
        { id: "memory", text: "Each server keeps sessions in its own memory, so only the server that created a session can find it.", correct: true, explanation: "Right. Affinity routes a user back to the one server that holds their session (or a warm cache, or an open WebSocket).", source: s.alb },
        { id: "security", text: "Affinity stops session hijacking, because a stolen cookie only works on one server.", correct: false, explanation: "The balancer routes whoever presents the cookie; affinity has nothing to do with who presents it.", source: s.owasp },
        { id: "https", text: "TLS sessions would break without it.", correct: false, explanation: "The balancer usually ends TLS itself; affinity is about application state behind it, as AWS describes it.", source: s.alb },
        { id: "always", text: "Every HTTP app needs it; HTTP cannot work over several servers otherwise.", correct: false, explanation: "A stateless app, or one with a shared store, works with any server answering; AWS lists stickiness as an option for servers that keep state.", source: s.alb },
      ],
    },
    {
      id: "ip-hash-nat",
      kind: "single",
      terms: ["sticky-sessions", "carrier-grade-nat"],
      section: "nginx-ip_hash-three-octets",
      hint: "Look at which bytes of an IPv4 address nginx's ip_hash feeds into its hash, and what all the office's addresses share.",
      lab: { href: "/lessons/session-affinity#lab-affinity", label: "the session-affinity lab" },
      prompt: "An office of 2,000 people reaches your nginx (`ip_hash`, 5 servers) from addresses in 203.0.113.0/24. How do their requests spread?",
      options: [
        { id: "one", text: "All 2,000 land on one server.", correct: true, explanation: "ip_hash keys on the first three octets of an IPv4 address, so every address in the /24 gives the same hash and the same server.", source: s.ipHashDoc },
        { id: "even", text: "About 400 per server, since each address hashes differently.", correct: false, explanation: "The last octet never enters the hash: the module hashes 3 bytes for IPv4 (addrlen = 3).", source: s.ipHashSrc },
        { id: "rr", text: "Round robin, because ip_hash only hashes IPv6.", correct: false, explanation: "ip_hash hashes both: three octets of IPv4, the whole IPv6 address.", source: s.ipHashDoc },
      ],
    },
    {
      id: "down-remove",
      kind: "single",
      terms: ["sticky-sessions"],
      section: "down-versus-removing-a-server",
      hint: "ip_hash takes a modulo over the list of configured servers. Which change keeps that list the same length?",
      lab: { href: "/lessons/session-affinity#lab-affinity", label: "the session-affinity lab" },
      prompt: "You must take one of five `ip_hash` servers out for an hour. Which change moves the fewest clients?",
      options: [
        { id: "down", text: "Mark it `down` in the upstream block.", correct: true, explanation: "The modulo still counts the server, so only its own clients are re-hashed elsewhere; the nginx docs recommend `down` to preserve the current hashing.", source: s.ipHashDoc },
        { id: "remove", text: "Delete its `server` line.", correct: false, explanation: "The total weight changes from 5 to 4, so `hash mod total` changes for most clients; in the lab about 80% move.", source: s.ipHashSrc },
        { id: "same", text: "Either: nginx moves exactly the same clients.", correct: false, explanation: "Down servers stay in the modulo and are skipped by re-hashing; removal changes the modulo itself.", source: s.ipHashSrc },
      ],
    },
    {
      id: "consistent",
      kind: "single",
      terms: ["consistent-hashing"],
      section: "generic-and-consistent-hashing",
      hint: "On a hash ring, a new server takes over arcs from the others. Which clients have a reason to move, and where to?",
      lab: { href: "/lessons/session-affinity#lab-affinity", label: "the session-affinity lab" },
      prompt: "With `hash $remote_addr consistent` and five equal servers, you add a sixth. About what share of clients move?",
      options: [
        { id: "sixth", text: "About one in six, all of them to the new server.", correct: true, explanation: "Ketama gives each server 160 points per unit of weight; the new server's points take over the arcs just before them, roughly 1/N of the ring.", source: s.hashSrc },
        { id: "most", text: "Most of them, as with any hash.", correct: false, explanation: "That is plain modulo hashing (`hash` without `consistent`, or ip_hash). The `consistent` parameter exists so only a few keys are remapped.", source: s.hashDoc },
        { id: "none", text: "None: consistent hashing keeps every client on its server.", correct: false, explanation: "Keys on the arcs the new server takes do move; consistent hashing only keeps the number small.", source: s.hashDoc },
      ],
    },
    {
      id: "cookie-revive",
      kind: "single",
      terms: ["sticky-sessions"],
      section: "haproxy-insert-indirect-nocache",
      hint: "While s2 was down, its clients were sent elsewhere and got new cookies. What does HAProxy route on when s2 comes back?",
      lab: { href: "/lessons/session-affinity#lab-affinity", label: "the session-affinity lab" },
      prompt: "HAProxy uses `cookie SRV insert indirect`. Server s2 dies, and comes back an hour later. Who is on s2 afterwards?",
      options: [
        { id: "new-only", text: "Only clients without a valid SRV cookie: the others keep the servers their cookies name.", correct: true, explanation: "A client with a valid cookie for a running server goes straight there; s2's former clients got new cookies when it died and keep them.", source: s.cookie },
        { id: "back", text: "Its old clients move back to it, as with ip_hash.", correct: false, explanation: "A hash would pull them back; a cookie names a server, and theirs now names another running one.", source: s.cookie },
        { id: "all", text: "Everyone is spread again over all servers.", correct: false, explanation: "HAProxy re-balances only requests whose cookie is missing, invalid or names a server that is down.", source: s.cookie },
      ],
    },
    {
      id: "nocache",
      kind: "single",
      terms: ["sticky-sessions"],
      section: "haproxy-insert-indirect-nocache",
      hint: "A shared cache replays a whole stored response, headers included, to everyone who asks for that page. Which header in it was meant for one client?",
      prompt: "A CDN that caches `Cache-Control: max-age=60` pages sits in front of HAProxy with `cookie SRV insert` but without `nocache`. What can go wrong?",
      options: [
        { id: "pinned", text: "The CDN stores the home page with its Set-Cookie and hands `SRV=s1` to every visitor, so s1 gets everyone.", correct: true, explanation: "HAProxy's manual warns of exactly this; `nocache` adds `Cache-control: private` when it inserts the cookie, and a shared cache must not store a private response.", source: s.cookie },
        { id: "nothing", text: "Nothing: caches never store responses with Set-Cookie.", correct: false, explanation: "HTTP caching only forbids storing when told, for example by `private` (RFC 9111); that is why `nocache` exists.", source: s.private },
        { id: "loop", text: "Requests loop between the CDN and HAProxy.", correct: false, explanation: "Caching changes who gets which stored answer; it does not make requests loop.", source: s.private },
      ],
    },
    {
      id: "nocache-bare",
      kind: "single",
      terms: ["sticky-sessions"],
      section: "haproxy-insert-indirect-nocache",
      hint: "HAProxy adds its private marking only to responses it judges cacheable. Would a response with no expiry and no validator count?",
      prompt: "With `nocache` on HAProxy 2.6.12, the server answers a GET with a bare `200` (no Cache-Control, Expires, ETag or Last-Modified). What does the client receive?",
      options: [
        { id: "no-private", text: "Set-Cookie, but no `Cache-control: private`.", correct: true, explanation: "HAProxy considers a response without expiry or validator not cacheable, so `nocache` has nothing to protect; the lab's differential test saw exactly this.", source: s.haCommit },
        { id: "private", text: "Set-Cookie and `Cache-control: private`.", correct: false, explanation: "That is what HAProxy does for a response with `max-age`, `Expires`, `ETag` or `Last-Modified`, not for a bare 200.", source: s.haCommit },
        { id: "nothing", text: "No Set-Cookie at all, because the page is not cacheable.", correct: false, explanation: "The cookie is inserted whatever the caching; `nocache` only adds the Cache-control header.", source: s.cookie },
      ],
    },
    {
      id: "chained",
      kind: "single",
      terms: ["sticky-sessions"],
      section: "nginx-sticky-and-aws",
      hint: "Both balancers set a cookie of the same name on the same host. What happens in the browser when the second Set-Cookie arrives?",
      prompt: "Two AWS ALBs are chained, both with duration-based stickiness. Users keep losing their sessions. Which fix does AWS point to?",
      options: [
        { id: "app", text: "Application-based stickiness, with a cookie name of your own per target group.", correct: true, explanation: "AWS announced that application-based stickiness maintains stickiness across chained load balancers: each layer keys on its own cookie, so neither overwrites the other.", source: s.albChain },
        { id: "longer", text: "A longer duration for the AWSALB cookie.", correct: false, explanation: "Both layers still set a cookie called AWSALB; the browser keeps one per name, domain and path, so each overwrites the other whatever the duration.", source: s.rfc6265 },
        { id: "off", text: "Turn stickiness off on the outer balancer and rely on the inner one.", correct: false, explanation: "Then the outer balancer spreads a user over all inner paths; AWS's answer to chaining is application-based cookies.", source: s.albChain },
      ],
    },
    {
      id: "k8s",
      kind: "single",
      terms: ["sticky-sessions"],
      section: "platform-settings",
      hint: "The Service API gives the ClientIP timeout a default and a range. Look them up in sessionAffinityConfig.",
      prompt: "A Kubernetes Service sets `sessionAffinity: ClientIP` and no timeout. How long does a client address stick to its Pod?",
      options: [
        { id: "3h", text: "10,800 seconds (3 hours); it can be set from 1 second to 1 day.", correct: true, explanation: "`sessionAffinityConfig.clientIP.timeoutSeconds` defaults to 10800 and must be above 0 and at most 86400.", source: s.k8sApi },
        { id: "forever", text: "Forever, until the Pod is deleted.", correct: false, explanation: "ClientIP affinity has a timeout, 3 hours by default.", source: s.k8s },
        { id: "cookie", text: "As long as the browser keeps the Service's cookie.", correct: false, explanation: "A Service keys on the client address; it sets no cookie.", source: s.k8s },
      ],
    },
    {
      id: "maglev",
      kind: "single",
      terms: ["consistent-hashing"],
      section: "generic-and-consistent-hashing",
      hint: "Maglev builds a fixed-size lookup table instead of a ring. What does a table make fast, and what could it cost when hosts change?",
      prompt: "Envoy offers ring hash and Maglev for consistent hashing. What does Envoy say Maglev trades?",
      options: [
        { id: "speed", text: "Faster table builds and host selection, for less stability than ring hash.", correct: true, explanation: "Envoy's overview: Maglev has substantially faster table lookup build and host selection times; its downside is that it is not as stable as ring hash.", source: s.envoy },
        { id: "exact", text: "It guarantees that no key ever moves.", correct: false, explanation: "Envoy says Maglev aims for minimal disruption rather than an absolute guarantee; a bigger table (65,537 entries by default) reduces it.", source: s.maglev },
        { id: "cookie", text: "It stores a cookie, so it needs no hash.", correct: false, explanation: "Maglev is a hashing policy: it fills a lookup table from the hosts and looks keys up in it.", source: s.maglev },
      ],
    },
    {
      id: "drain",
      kind: "single",
      terms: ["sticky-sessions"],
      section: "why-affinity-exists",
      hint: "Removing a target should not cut requests already running. Which target-group attribute gives them time, and how long is it by default?",
      prompt: "You remove a target from an AWS target group with sticky sessions. What happens to requests in flight?",
      options: [
        { id: "delay", text: "The ALB stops sending it new requests and waits the deregistration delay, 300 seconds by default, before cutting it off.", correct: true, explanation: "The deregistration delay lets in-flight requests finish; affinity makes draining slower because users stay pinned until they move.", source: s.dereg },
        { id: "instant", text: "They fail at once.", correct: false, explanation: "AWS waits the deregistration delay (300 s by default) before it closes the target's connections.", source: s.dereg },
        { id: "forever", text: "The target keeps its sticky users until their cookies expire.", correct: false, explanation: "A deregistered target gets no new requests; sticky users are re-stuck to a healthy target.", source: s.alb },
      ],
    },
    {
      id: "store-both",
      kind: "single",
      terms: ["shared-session-store", "sticky-sessions"],
      section: "affinity-or-a-shared-store",
      hint: "With sessions in Redis no one is logged out when they move. Is a session the only thing a server can hold for one user?",
      lab: { href: "/lessons/session-affinity#lab-affinity", label: "the session-affinity lab" },
      prompt: "Sessions live in Redis, shared by all servers. Is there still a reason to turn on affinity?",
      options: [
        { id: "warm", text: "Yes: a warm per-server cache and open WebSockets; a moved user then costs a cache miss, not a logout.", correct: true, explanation: "AWS describes stickiness as useful for servers that maintain state information. With sessions in a shared store, what a server still holds alone is its cache and its open connections, so a move costs speed, not the session.", source: s.alb },
        { id: "required", text: "Yes: Redis only works when each user always reaches the same server.", correct: false, explanation: "Every server can reach the shared store; that is its whole point.", source: s.owasp },
        { id: "never", text: "No, affinity and a shared store cannot be combined.", correct: false, explanation: "They combine well: the store keeps sessions safe, affinity keeps caches warm.", source: s.alb },
      ],
    },
  ],
});
