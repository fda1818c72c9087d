import { defineQuiz, type QuizSource } from "../quiz-schema";

/**
 * The quiz that closes the "cookie-based-sessions" lesson. Every explanation names its primary source.
 * Question ids are stored in learners' cookies: never rename one, add a new one instead.
 */
const source = (label: string, href: string): QuizSource => ({ label, href });
const BIS = "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis";
const DJANGO = "https://docs.djangoproject.com/en/5.2/topics/http/sessions/#using-cookie-based-sessions";

const s = {
  parse: source("RFC 6265bis §5.6: The Set-Cookie Header Field", `${BIS}#section-5.6`),
  storage: source("RFC 6265bis §5.7: Storage Model", `${BIS}#section-5.7`),
  prefixes: source("RFC 6265bis §5.4: Cookie Name Prefixes", `${BIS}#section-5.4`),
  lifetime: source("RFC 6265bis §5.5: Cookie Lifetime Limits", `${BIS}#section-5.5`),
  paths: source("RFC 6265bis §5.1.4: Paths and Path-Match", `${BIS}#section-5.1.4`),
  strictLax: source("RFC 6265bis §5.6.7.1: Strict and Lax enforcement", `${BIS}#section-5.6.7.1`),
  unsafe: source("RFC 6265bis §5.6.7.2: Lax-Allowing-Unsafe", `${BIS}#section-5.6.7.2`),
  sameSiteReq: source("RFC 6265bis §5.2: Same-site and cross-site requests", `${BIS}#section-5.2`),
  django: source("Django: Using cookie-based sessions", DJANGO),
  rails: source("Rails Security Guide: Replay Attacks for CookieStore Sessions", "https://guides.rubyonrails.org/security.html#replay-attacks-for-cookiestore-sessions"),
  cookieSession: source("expressjs/cookie-session README: keys", "https://github.com/expressjs/cookie-session#keys"),
  bcd: source("MDN browser-compat-data: Set-Cookie", "https://github.com/mdn/browser-compat-data/blob/main/http/headers/Set-Cookie.json"),
  psl: source("Public Suffix List", "https://publicsuffix.org/list/"),
};

export const cookieBasedSessionsQuiz = defineQuiz("content/quizzes/cookie-based-sessions.ts", {
  slug: "cookie-based-sessions",
  questions: [
    {
      id: "signed-readable",
      kind: "single",
      prompt: "A Django app uses the signed_cookies session backend and stores the user's role in the session. What can the user do with their own cookie?",
      terms: ["sealed-cookie", "stateless"],
      hint: "Ask what a signature protects, and what it leaves in plain view.",
      section: "state-in-the-cookie",
      options: [
        { id: "read", text: "Read the role, but not change it without the server noticing.", correct: true, explanation: "Right. Django signs the data but does not encrypt it, and its docs say the client can read the session data.", source: s.django },
        { id: "nothing", text: "Nothing: the session data is encrypted.", correct: false, explanation: "Signing is not encryption: Django's signed_cookies backend leaves the data readable and only detects changes.", source: s.django },
        { id: "change", text: "Change the role to admin, since it is in their browser.", correct: false, explanation: "Any change breaks the signature, which the server checks with SECRET_KEY before trusting the data.", source: s.django },
      ],
    },
    {
      id: "replay-logout",
      kind: "single",
      prompt: "An attacker copied a user's sealed session cookie yesterday. Today the user logs out. What happens when the attacker sends the copy?",
      terms: ["stateless", "sealed-cookie"],
      hint: "Where would the server record that this session ended?",
      section: "state-in-the-cookie",
      options: [
        { id: "works", text: "It still works until it expires, unless the server keeps some state to refuse it.", correct: true, explanation: "Right. Logging out only deletes this browser's copy; the server has no record to delete. Rails calls this a replay attack on CookieStore sessions.", source: s.rails },
        { id: "refused", text: "It is refused: logout revokes the cookie.", correct: false, explanation: "Django's docs say cookie-based sessions are not invalidated when a user logs out, so a stolen cookie keeps working.", source: s.django },
        { id: "browser", text: "The attacker's browser deletes it on its own.", correct: false, explanation: "The logout response reaches only the user's browser; the attacker's copy is untouched and still verifies.", source: s.rails },
      ],
    },
    {
      id: "rotate-keys",
      kind: "single",
      prompt: "You must replace the key that signs cookie-session cookies without logging everyone out. Which setup does it?",
      terms: ["sealed-cookie"],
      hint: "Existing cookies were all made with the old key. What must still accept them?",
      section: "state-in-the-cookie",
      options: [
        { id: "list", text: "keys: [newKey, oldKey] for a while, then drop oldKey.", correct: true, explanation: "Right. cookie-session signs with keys[0] and accepts a cookie signed with any key in the list, which is how rotation works.", source: s.cookieSession },
        { id: "swap", text: "Replace oldKey with newKey in one deploy.", correct: false, explanation: "Every existing cookie was signed with the old key; with only the new key in the list, none of them verifies and every user is logged out.", source: s.cookieSession },
        { id: "both-sign", text: "Sign each cookie with both keys.", correct: false, explanation: "The library signs with one key, keys[0]; the older keys in the list are for verification only.", source: s.cookieSession },
      ],
    },
    {
      id: "oversize",
      kind: "single",
      prompt: "A session grows until name plus value are 4200 bytes. What does Chromium do with the Set-Cookie line?",
      terms: ["cookie"],
      hint: "Think about what the parsing algorithm does when a limit is exceeded: trim, or give up?",
      section: "the-browsers-side-parsing-a-line",
      lab: { href: "/lessons/cookie-based-sessions#lab-cookie-inspector", label: "the Set-Cookie inspector" },
      options: [
        { id: "ignore", text: "Ignores the whole line: the old cookie stays as it was.", correct: true, explanation: "Right. Over 4096 bytes of name plus value, the parser aborts and ignores the set-cookie-string entirely.", source: s.parse },
        { id: "truncate", text: "Stores the first 4096 bytes.", correct: false, explanation: "Browsers do not truncate: the spec says to ignore the line, so nothing is stored or replaced.", source: s.parse },
        { id: "store", text: "Stores it; the limit is only a recommendation.", correct: false, explanation: "The 4096-byte limit on name plus value is a MUST in the parsing algorithm, and Chromium enforces it.", source: s.parse },
      ],
    },
    {
      id: "default-path",
      kind: "single",
      prompt: "POST /account/login answers Set-Cookie: sid=abc; Secure; HttpOnly with no Path. Which request carries sid?",
      terms: ["cookie"],
      hint: "Without Path, the browser derives one from the URL that set the cookie.",
      section: "the-browsers-side-storing-it",
      lab: { href: "/lessons/cookie-based-sessions#lab-cookie-inspector", label: "the Set-Cookie inspector" },
      options: [
        { id: "account", text: "GET /account/settings, but not GET /.", correct: true, explanation: "Right. Without Path, the default path is the request URL's directory, /account, so only paths under it match.", source: s.paths },
        { id: "root", text: "GET / and every other path.", correct: false, explanation: "That needs Path=/. The default path is the directory of the URL that set the cookie, not the root.", source: s.paths },
        { id: "login-only", text: "Only /account/login itself.", correct: false, explanation: "The default path drops the last segment: /account/login gives /account, which also matches /account/settings.", source: s.paths },
      ],
    },
    {
      id: "host-prefix",
      kind: "multi",
      prompt: "Which Set-Cookie lines from https://www.example.com/ does a browser refuse? Select all that apply.",
      terms: ["host-prefix", "host-only-cookie"],
      hint: "List the three requirements of the prefix, and remember how case is compared.",
      section: "the-browsers-side-storing-it",
      lab: { href: "/lessons/cookie-based-sessions#lab-cookie-inspector", label: "the Set-Cookie inspector" },
      options: [
        { id: "no-path", text: "__Host-sid=1; Secure", correct: true, explanation: "Refused: a __Host- cookie needs a Path attribute of /, even when the default path would be / anyway.", source: s.storage },
        { id: "domain", text: "__Host-sid=1; Secure; Path=/; Domain=example.com", correct: true, explanation: "Refused: a __Host- cookie must be host-only, so any Domain attribute fails it.", source: s.storage },
        { id: "lower", text: "__host-sid=1; Path=/", correct: true, explanation: "Refused: prefixes are matched case-insensitively, and this one lacks Secure.", source: s.prefixes },
        { id: "ok", text: "__Host-sid=1; Secure; Path=/", correct: false, explanation: "Accepted: Secure, Path=/ and no Domain are exactly what __Host- requires.", source: s.prefixes },
      ],
    },
    {
      id: "public-suffix",
      kind: "single",
      prompt: "A page on alice.github.io sets sid=1; Domain=github.io. What happens?",
      terms: ["public-suffix", "host-only-cookie"],
      hint: "Who owns the parent domain here, and which list says so?",
      section: "the-browsers-side-storing-it",
      lab: { href: "/lessons/cookie-based-sessions#lab-cookie-inspector", label: "the Set-Cookie inspector" },
      options: [
        { id: "ignored", text: "The cookie is ignored: github.io is a public suffix.", correct: true, explanation: "Right. github.io is in the private section of the Public Suffix List, and the storage model ignores a cookie whose Domain is a public suffix other than the host itself.", source: s.storage },
        { id: "all-pages", text: "Every GitHub Pages site receives it.", correct: false, explanation: "That is what the public-suffix check exists to prevent: each github.io subdomain belongs to a different owner.", source: s.psl },
        { id: "host-only", text: "It becomes a host-only cookie for alice.github.io.", correct: false, explanation: "Only when the Domain equals the host does it become host-only; here it names a parent suffix, so the cookie is ignored.", source: s.storage },
      ],
    },
    {
      id: "lax-post",
      kind: "single",
      prompt: "evil.example submits a hidden POST form to bank.example. The session cookie is SameSite=Lax. Is it sent?",
      terms: ["samesite", "csrf"],
      hint: "Lax makes one exception for cross-site requests. Does a hidden form meet both of its conditions?",
      section: "which-requests-carry-it",
      lab: { href: "/lessons/cookie-based-sessions#lab-cookie-inspector", label: "the Set-Cookie inspector" },
      options: [
        { id: "no", text: "No: Lax allows cross-site top-level navigations only with safe methods such as GET.", correct: true, explanation: "Right. Lax sends the cookie cross-site only on top-level navigations with a safe method; POST is not safe.", source: s.strictLax },
        { id: "yes", text: "Yes: a form submission is a top-level navigation.", correct: false, explanation: "It is top-level, but it uses POST, an unsafe method, so Lax withholds the cookie.", source: s.strictLax },
        { id: "two-minutes", text: "Yes, if the cookie is under two minutes old.", correct: false, explanation: "The two-minute Lax-allowing-unsafe window applies only to cookies without a SameSite attribute, not to an explicit Lax.", source: s.unsafe },
      ],
    },
    {
      id: "default-samesite",
      kind: "single",
      prompt: "A cookie has no SameSite attribute. A cross-site page embeds an image from its site. Where is the cookie sent with the image request?",
      terms: ["samesite"],
      hint: "Which browsers treat a missing attribute as Lax? The compat data answers it.",
      section: "which-requests-carry-it",
      lab: { href: "/lessons/cookie-based-sessions#lab-cookie-inspector", label: "the Set-Cookie inspector" },
      options: [
        { id: "ff-safari", text: "In Firefox and Safari (where third-party cookies are allowed), not in Chromium.", correct: true, explanation: "Right. Only Chromium treats a missing SameSite as Lax; Firefox has Lax-by-default only behind a preference and Safari not at all, per MDN's compat data.", source: s.bcd },
        { id: "all", text: "In all three browsers.", correct: false, explanation: "Chromium (since version 80) treats a missing SameSite as Lax, which keeps it off cross-site subresource requests such as images.", source: s.bcd },
        { id: "none", text: "In none of them: every browser defaults to Lax.", correct: false, explanation: "MDN's compat data records Lax-by-default for Chromium only; Firefox ships it behind a flag and Safari does not implement it.", source: s.bcd },
      ],
    },
    {
      id: "same-site",
      kind: "single",
      prompt: "shop.example.com posts a form to www.example.com, whose session cookie is SameSite=Strict. Is it sent?",
      terms: ["samesite", "public-suffix"],
      hint: "Compare the registrable domains of the two hosts, not their full names.",
      section: "which-requests-carry-it",
      lab: { href: "/lessons/cookie-based-sessions#lab-cookie-inspector", label: "the Set-Cookie inspector" },
      options: [
        { id: "yes", text: "Yes: the two hosts are the same site, so SameSite does not apply.", correct: true, explanation: "Right. Same-site compares the registrable domain (and scheme), not the origin; example.com is shared, so the request is same-site.", source: s.sameSiteReq },
        { id: "no", text: "No: Strict blocks requests from any other origin.", correct: false, explanation: "SameSite is about sites, not origins. Protecting against a sibling subdomain needs other defences, such as CSRF tokens and __Host- cookies.", source: s.sameSiteReq },
        { id: "get-only", text: "Only if the form uses GET.", correct: false, explanation: "Method matters only for Lax cross-site requests; a same-site request carries the cookie whatever the method.", source: s.strictLax },
      ],
    },
    {
      id: "max-age-cap",
      kind: "single",
      prompt: "A login sets Max-Age=63072000 (two years) on a remember-me cookie. When does Chromium expire it?",
      terms: ["cookie"],
      hint: "The spec sets an upper limit on any cookie lifetime. What happens to a longer one?",
      section: "the-browsers-side-parsing-a-line",
      lab: { href: "/lessons/cookie-based-sessions#lab-cookie-inspector", label: "the Set-Cookie inspector" },
      options: [
        { id: "400", text: "After 400 days.", correct: true, explanation: "Right. RFC 6265bis has browsers reduce any Max-Age or Expires past the limit, recommended at 400 days, to the limit; Chromium does.", source: s.lifetime },
        { id: "two-years", text: "After two years, as asked.", correct: false, explanation: "Lifetimes beyond the user agent's limit MUST be reduced to it; the recommended limit is 400 days.", source: s.lifetime },
        { id: "session", text: "At the end of the browser session: the value is out of range.", correct: false, explanation: "An over-long Max-Age is not ignored; it is cut to the limit, so the cookie stays persistent.", source: s.lifetime },
      ],
    },
  ],
});
