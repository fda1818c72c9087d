/**
 * The differential corpus: Set-Cookie lines with the URL of the response that sends them. Each case is
 * served to real Chromium by differential.spec.ts, and its stored cookies are compared with the
 * inspector's model. `before` responses run first, in order, in the same browser context.
 *
 * Host names are mapped to 127.0.0.1 by Chromium's --host-resolver-rules; the test server listens on
 * one http and one https port, so every URL here names its scheme and the spec fills in the port.
 */
export type Response = { url: string; lines: string[] };
export type CorpusCase = { id: string; about: string; url: string; lines: string[]; before?: Response[] };

const H = "https://www.example.com/";
const P = "http://www.example.com/";
const DEEP = "https://www.example.com/account/settings/profile";

const long = (n: number, ch = "a") => ch.repeat(n);

const cases: CorpusCase[] = [];
const add = (id: string, about: string, url: string, ...lines: string[]) => cases.push({ id, about, url, lines });

// Name and value.
add("plain", "a plain pair", H, "sid=abc123");
add("empty-name", "=value: an empty name", H, "=value");
add("no-equals", "no = at all: a nameless cookie", H, "justavalue");
add("empty-value", "an empty value", H, "sid=");
add("only-equals", "= alone: empty name and value", H, "=");
add("empty-line", "an empty line", H, "");
add("spaces-around", "spaces around name and value", H, "  sid  =  abc  ");
add("tab-around", "tabs around name and value", H, "\tsid\t=\tabc\t");
add("inner-space", "a space inside the value", H, "sid=a b c");
add("inner-space-name", "a space inside the name", H, "my sid=abc");
add("quoted", "a quoted value", H, 'sid="abc"');
add("quoted-semicolon", "a quoted value with ; inside", H, 'sid="a;b"');
add("quoted-empty", "an empty quoted value", H, 'sid=""');
add("second-equals", "a second = in the value", H, "sid=a=b=c");
add("base64", "base64 padding in the value", H, "sid=YWJj==");
add("comma", "a comma in the value", H, "sid=a,b");
add("backslash", "a backslash in the value", H, "sid=a\\b");
add("ctl-01", "a control character U+0001", H, "sid=a\u0001b");
add("ctl-7f", "DEL (U+007F) in the value", H, "sid=a\u007fb");
add("ctl-1f", "U+001F in the name", H, "s\u001fid=abc");
add("ctl-in-attr", "a control character in an attribute", H, "sid=abc; Path=/\u0002x");
add("tab-inside", "a tab inside the value", H, "sid=a\tb");
add("tab-inside-name", "a tab inside the name", H, "s\tid=1");
add("tab-trailing", "a tab after the value, before ;", H, "sid=1\t; Path=/");
add("tab-in-attr-name", "a tab inside an unknown attribute's name", H, "sid=1; Fo\to=bar");
add("tab-in-unknown-value", "a tab inside an unknown attribute's value", H, "sid=1; Foo=b\tar");
add("tab-in-attr", "a tab inside an attribute value", H, "sid=1; Path=/a\tb");
add("non-ascii-value", "non-ASCII in the value", H, "sid=café");
add("non-ascii-name", "non-ASCII in the name", H, "naïve=1");
add("emoji", "an emoji value", H, "sid=🍪");
add("percent", "percent-encoding is not decoded", H, "sid=%41%42");
add("name-4096", "name plus value exactly 4096 bytes", H, `n=${long(4095)}`);
add("name-4097", "name plus value 4097 bytes", H, `n=${long(4096)}`);
add("name-only-4097", "a 4097-byte name", H, `${long(4097)}=v`);
add("utf8-4096", "4096 bytes counting UTF-8 (é is 2 bytes)", H, `n=${long(2047, "é")}a`);
add("utf8-4097", "4097 bytes counting UTF-8", H, `n=${long(2048, "é")}`);
add("nameless-secure-prefix", "nameless value that looks like __Secure-", H, "=__Secure-sid=abc; Secure");
add("nameless-host-prefix", "nameless value that looks like __Host-", H, "__Host-sid; Secure; Path=/");

// Attributes in general.
add("dup-path", "two Path attributes: the last wins", H, "sid=1; Path=/a; Path=/b");
add("dup-domain", "two Domain attributes: the last wins", H, "sid=1; Domain=example.com; Domain=www.example.com");
add("dup-domain-bad-last", "a bad Domain after a good one", H, "sid=1; Domain=example.com; Domain=other.org");
add("dup-samesite", "two SameSite attributes", H, "sid=1; SameSite=Strict; SameSite=Lax");
add("dup-samesite-invalid-last", "a valid SameSite then an invalid one", H, "sid=1; SameSite=Strict; SameSite=bogus");
add("dup-maxage", "two Max-Age attributes", H, "sid=1; Max-Age=100; Max-Age=200");
add("dup-maxage-bad-last", "a valid Max-Age then a bad one", H, "sid=1; Max-Age=100; Max-Age=abc");
add("dup-expires-bad-last", "a valid Expires then a bad one", H, "sid=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Expires=bogus");
add("dup-path-bad-last", "a valid Path then one without /", H, "sid=1; Path=/a; Path=b");
add("dup-domain-empty-last", "a Domain then an empty one", H, "sid=1; Domain=example.com; Domain=");
add("dup-secure-value", "Secure twice", H, "sid=1; Secure; Secure");
add("unknown-attr", "an unknown attribute", H, "sid=1; Foo=bar");
add("unknown-flag", "an unknown flag", H, "sid=1; Priority=High; Comment=hi");
add("case-attrs", "attribute names in odd case", H, "sid=1; pAtH=/x; sEcUrE; hTtPoNlY; sAmEsItE=sTrIcT");
add("spaces-attrs", "spaces around attribute names and =", H, "sid=1 ;  Path = /x ; Secure ");
add("empty-attrs", "empty attributes between semicolons", H, "sid=1;;; Path=/;");
add("trailing-semicolon", "a trailing semicolon", H, "sid=1;");
add("attr-1024", "a Path of exactly 1024 bytes", H, `sid=1; Path=/${long(1023)}`);
add("attr-1025", "a Path of 1025 bytes is ignored", H, `sid=1; Path=/${long(1024)}`);
add("domain-1025", "a Domain of 1025 bytes is ignored", H, `sid=1; Domain=${long(1025)}`);
add("expires-1025", "an Expires of 1025 bytes", H, `sid=1; Expires=${long(1025, " ")}Wed, 21 Oct 2026 07:28:00 GMT`);
add("httponly-value", "HttpOnly with a value", H, "sid=1; HttpOnly=false");
add("secure-value", "Secure with a value", H, "sid=1; Secure=no");

// Domain, host-only, public suffixes, IP hosts.
add("host-only", "no Domain: host-only", H, "sid=1");
add("domain-parent", "Domain=example.com from www", H, "sid=1; Domain=example.com");
add("domain-leading-dot", "Domain=.example.com", H, "sid=1; Domain=.example.com");
add("domain-self", "Domain equal to the host", H, "sid=1; Domain=www.example.com");
add("domain-upper", "Domain in upper case", H, "sid=1; Domain=EXAMPLE.COM");
add("domain-sibling", "Domain of a sibling host", H, "sid=1; Domain=shop.example.com");
add("domain-child", "Domain of a child host", H, "sid=1; Domain=a.www.example.com");
add("domain-other", "Domain of another site", H, "sid=1; Domain=other.org");
add("domain-suffix-text", "Domain sharing a text suffix only", "https://myexample.com/", "sid=1; Domain=example.com");
add("domain-tld", "Domain=com", H, "sid=1; Domain=com");
add("domain-empty", "an empty Domain", H, "sid=1; Domain=");
add("domain-dot", "Domain=.", H, "sid=1; Domain=.");
add("domain-two-dots", "Domain=..example.com", H, "sid=1; Domain=..example.com");
add("domain-trailing-dot", "Domain=example.com.", H, "sid=1; Domain=example.com.");
add("domain-port", "Domain with a port", H, "sid=1; Domain=example.com:443");
add("domain-space", "Domain with an inner space", H, "sid=1; Domain=exa mple.com");
add("domain-idn", "a non-ASCII Domain for an IDN host", "https://www.xn--bcher-kva.example/", "sid=1; Domain=bücher.example");
add("domain-idn-ascii", "the punycode Domain for an IDN host", "https://www.xn--bcher-kva.example/", "sid=1; Domain=xn--bcher-kva.example");
add("github-io-self", "github.io from a user site", "https://user.github.io/", "sid=1; Domain=github.io");
add("github-io-host-only", "a host-only cookie on a github.io site", "https://user.github.io/", "sid=1");
add("github-io-own", "Domain equal to the github.io site", "https://user.github.io/", "sid=1; Domain=user.github.io");
add("co-uk", "Domain=co.uk", "https://shop.example.co.uk/", "sid=1; Domain=co.uk");
add("co-uk-ok", "Domain=example.co.uk", "https://shop.example.co.uk/", "sid=1; Domain=example.co.uk");
add("suffix-host-itself", "a public suffix that is also the host", "https://github.io/", "sid=1; Domain=github.io");
add("ip-host-only", "an IP host, no Domain", "http://127.0.0.1/", "sid=1");
add("ip-domain-same", "an IP host, Domain equal to it", "http://127.0.0.1/", "sid=1; Domain=127.0.0.1");
add("ip-domain-parent", "an IP host, Domain of part of it", "http://127.0.0.1/", "sid=1; Domain=0.0.1");
add("ip-domain-other", "an IP host, another IP as Domain", "http://127.0.0.1/", "sid=1; Domain=127.0.0.2");
add("ip-secure-http", "Secure from http://127.0.0.1", "http://127.0.0.1/", "sid=1; Secure");
add("localhost-secure-http", "Secure from http://localhost", "http://localhost/", "sid=1; Secure");
add("localhost-domain", "Domain=localhost from localhost", "http://localhost/", "sid=1; Domain=localhost");

// Path.
add("path-root", "Path=/", DEEP, "sid=1; Path=/");
add("path-default-deep", "no Path from a deep URL", DEEP, "sid=1");
add("path-default-root", "no Path from /", H, "sid=1");
add("path-default-one", "no Path from /login", "https://www.example.com/login", "sid=1");
add("path-default-dir", "no Path from a directory URL", "https://www.example.com/account/", "sid=1");
add("path-relative", "a Path without a leading slash", DEEP, "sid=1; Path=account");
add("path-empty", "an empty Path", DEEP, "sid=1; Path=");
add("path-trailing", "a Path with a trailing slash", H, "sid=1; Path=/account/");
add("path-dots", "dot segments are not resolved", H, "sid=1; Path=/a/../b");
add("path-query", "a ? in the Path", H, "sid=1; Path=/a?b");
add("path-non-ascii", "non-ASCII in the Path", H, "sid=1; Path=/café");
add("path-other", "a Path unrelated to the URL", DEEP, "sid=1; Path=/admin");

// Secure and insecure origins.
add("secure-https", "Secure over https", H, "sid=1; Secure");
add("secure-http", "Secure over http", P, "sid=1; Secure");
add("plain-http", "a plain cookie over http", P, "sid=1");
add("httponly-http", "HttpOnly over http", P, "sid=1; HttpOnly");

// Prefixes.
add("secure-prefix-ok", "__Secure- with Secure", H, "__Secure-sid=1; Secure");
add("secure-prefix-no-secure", "__Secure- without Secure", H, "__Secure-sid=1");
add("secure-prefix-http", "__Secure- with Secure over http", P, "__Secure-sid=1; Secure");
add("secure-prefix-domain", "__Secure- with Secure and Domain", H, "__Secure-sid=1; Secure; Domain=example.com");
add("secure-prefix-lower", "__secure- in lower case without Secure", H, "__secure-sid=1");
add("secure-prefix-upper", "__SECURE- in upper case without Secure", H, "__SECURE-sid=1");
add("host-prefix-ok", "__Host- done right", H, "__Host-sid=1; Secure; Path=/");
add("host-prefix-no-path", "__Host- without Path", H, "__Host-sid=1; Secure");
add("host-prefix-deep-no-path", "__Host- without Path from a deep URL", DEEP, "__Host-sid=1; Secure");
add("host-prefix-path-sub", "__Host- with Path=/account", H, "__Host-sid=1; Secure; Path=/account");
add("host-prefix-domain", "__Host- with Domain", H, "__Host-sid=1; Secure; Path=/; Domain=example.com");
add("host-prefix-domain-self", "__Host- with Domain equal to the host", H, "__Host-sid=1; Secure; Path=/; Domain=www.example.com");
add("host-prefix-no-secure", "__Host- without Secure", H, "__Host-sid=1; Path=/");
add("host-prefix-lower", "__host- in lower case, no Secure", H, "__host-sid=1; Path=/");
add("host-prefix-mixed-ok", "__HoSt- in mixed case, done right", H, "__HoSt-sid=1; Secure; Path=/");
add("host-prefix-relative-path", "__Host- with Path=x (falls back to default /)", H, "__Host-sid=1; Secure; Path=x");
add("http-prefix-ok", "__Http- with Secure and HttpOnly", H, "__Http-sid=1; Secure; HttpOnly");
add("http-prefix-no-httponly", "__Http- without HttpOnly", H, "__Http-sid=1; Secure");
add("http-prefix-no-secure", "__Http- without Secure", H, "__Http-sid=1; HttpOnly");
add("host-http-prefix-ok", "__Host-Http- done right", H, "__Host-Http-sid=1; Secure; HttpOnly; Path=/");
add("host-http-prefix-no-httponly", "__Host-Http- without HttpOnly", H, "__Host-Http-sid=1; Secure; Path=/");
add("host-http-prefix-domain", "__Host-Http- with Domain", H, "__Host-Http-sid=1; Secure; HttpOnly; Path=/; Domain=example.com");
add("prefix-not-at-start", "a prefix that is not at the start", H, "x__Host-sid=1");
add("prefix-single-underscore", "_Host- with one underscore", H, "_Host-sid=1");

// SameSite.
add("samesite-strict", "SameSite=Strict", H, "sid=1; SameSite=Strict");
add("samesite-lax", "SameSite=Lax", H, "sid=1; SameSite=Lax");
add("samesite-none-secure", "SameSite=None; Secure", H, "sid=1; SameSite=None; Secure");
add("samesite-none-insecure", "SameSite=None without Secure", H, "sid=1; SameSite=None");
add("samesite-none-http", "SameSite=None without Secure over http", P, "sid=1; SameSite=None");
add("samesite-invalid", "SameSite=bogus", H, "sid=1; SameSite=bogus");
add("samesite-empty", "SameSite with no value", H, "sid=1; SameSite");
add("samesite-upper", "SAMESITE=STRICT", H, "sid=1; SAMESITE=STRICT");
add("samesite-quoted", 'SameSite="Lax" (quoted)', H, 'sid=1; SameSite="Lax"');
add("samesite-none-invalid-secure", "SameSite=None; then SameSite=bogus; no Secure", H, "sid=1; SameSite=None; SameSite=bogus");

// Partitioned (CHIPS).
add("partitioned", "Partitioned; Secure", H, "sid=1; Partitioned; Secure; Path=/; SameSite=None");
add("partitioned-no-secure", "Partitioned without Secure", H, "sid=1; Partitioned; Path=/");
add("partitioned-host", "__Host- and Partitioned", H, "__Host-sid=1; Partitioned; Secure; Path=/; SameSite=None");

// Expiry: Max-Age.
add("maxage-3600", "Max-Age=3600", H, "sid=1; Max-Age=3600");
add("maxage-0", "Max-Age=0", H, "sid=1; Max-Age=0");
add("maxage-neg", "Max-Age=-1", H, "sid=1; Max-Age=-1");
add("maxage-neg0", "Max-Age=-0", H, "sid=1; Max-Age=-0");
add("maxage-plus", "Max-Age=+60", H, "sid=1; Max-Age=+60");
add("maxage-space", "Max-Age=6 0", H, "sid=1; Max-Age=6 0");
add("maxage-float", "Max-Age=1.5", H, "sid=1; Max-Age=1.5");
add("maxage-hex", "Max-Age=0x10", H, "sid=1; Max-Age=0x10");
add("maxage-empty", "an empty Max-Age", H, "sid=1; Max-Age=");
add("maxage-leading-zero", "Max-Age=0060", H, "sid=1; Max-Age=0060");
add("maxage-huge", "Max-Age past 400 days", H, "sid=1; Max-Age=999999999");
add("maxage-overflow", "Max-Age past 64 bits", H, "sid=1; Max-Age=99999999999999999999999");
add("maxage-neg-overflow", "a hugely negative Max-Age", H, "sid=1; Max-Age=-99999999999999999999999");
add("maxage-400d", "Max-Age of exactly 400 days", H, "sid=1; Max-Age=34560000");
add("maxage-over-expires", "Max-Age wins over Expires", H, "sid=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=3600");
add("expires-after-maxage", "Expires after Max-Age still loses", H, "sid=1; Max-Age=3600; Expires=Thu, 01 Jan 1970 00:00:00 GMT");

// Expiry: Expires formats.
add("expires-imf", "IMF-fixdate", H, "sid=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT");
add("expires-rfc850", "RFC 850 date", H, "sid=1; Expires=Wednesday, 21-Oct-26 07:28:00 GMT");
add("expires-asctime", "asctime date", H, "sid=1; Expires=Wed Oct 21 07:28:00 2026");
add("expires-no-weekday", "no weekday", H, "sid=1; Expires=21 Oct 2026 07:28:00");
add("expires-no-gmt", "no time zone", H, "sid=1; Expires=Wed, 21 Oct 2026 07:28:00");
add("expires-dashes", "dashes between parts", H, "sid=1; Expires=21-Oct-2026 07:28:00 GMT");
add("expires-slashes", "a numeric 2026/10/21 date (no month name)", H, "sid=1; Expires=2026/10/21 07:28:00");
add("expires-iso", "ISO 8601", H, "sid=1; Expires=2026-10-21T07:28:00Z");
add("expires-lower-month", "month in lower case", H, "sid=1; Expires=21 oct 2026 07:28:00 GMT");
add("expires-long-month", "full month name", H, "sid=1; Expires=21 October 2026 07:28:00 GMT");
add("expires-two-digit-70", "two-digit year 70", H, "sid=1; Expires=Thu, 01 Jan 70 00:00:01 GMT");
add("expires-two-digit-69", "two-digit year 69 means 2069", H, "sid=1; Expires=01 Jan 69 00:00:00 GMT");
add("expires-two-digit-27", "two-digit year 27 means 2027", H, "sid=1; Expires=01 Mar 27 00:00:00 GMT");
add("expires-past", "a date in the past", H, "sid=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
add("expires-far", "a date far in the future (capped)", H, "sid=1; Expires=Fri, 31 Dec 9999 23:59:59 GMT");
add("expires-year-1600", "year 1600", H, "sid=1; Expires=01 Jan 1600 00:00:00 GMT");
add("expires-year-1601", "year 1601", H, "sid=1; Expires=01 Jan 1601 00:00:00 GMT");
add("expires-feb-31", "31 February", H, "sid=1; Expires=31 Feb 2027 00:00:00 GMT");
add("expires-day-32", "day 32", H, "sid=1; Expires=32 Jan 2027 00:00:00 GMT");
add("expires-hour-24", "hour 24", H, "sid=1; Expires=01 Jan 2027 24:00:00 GMT");
add("expires-no-time", "no time of day", H, "sid=1; Expires=01 Jan 2027");
add("expires-short-time", "single-digit time fields", H, "sid=1; Expires=01 Jan 2027 1:2:3 GMT");
add("expires-garbage", "not a date at all", H, "sid=1; Expires=tomorrow");
add("expires-empty", "an empty Expires", H, "sid=1; Expires=");
add("expires-unix", "a Unix timestamp", H, "sid=1; Expires=1798761600");
add("expires-leap-day", "29 February of a leap year", H, "sid=1; Expires=29 Feb 2028 12:00:00 GMT");
add("expires-leap-day-bad", "29 February of a common year", H, "sid=1; Expires=29 Feb 2027 12:00:00 GMT");
add("expires-year-5", "a five-digit year", H, "sid=1; Expires=01 Jan 20270 00:00:00 GMT");
add("expires-tz", "a +0200 zone (ignored: always UTC)", H, "sid=1; Expires=01 Jan 2027 10:00:00 +0200");

// Deleting cookies, overwriting, and several lines in one response.
cases.push({ id: "delete-maxage0", about: "delete with Max-Age=0", url: H, before: [{ url: H, lines: ["sid=1; Path=/"] }], lines: ["sid=; Max-Age=0; Path=/"] });
cases.push({ id: "delete-expires", about: "delete with a past Expires", url: H, before: [{ url: H, lines: ["sid=1; Path=/"] }], lines: ["sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/"] });
cases.push({ id: "delete-wrong-path", about: "deleting with another Path leaves it", url: H, before: [{ url: H, lines: ["sid=1; Path=/"] }], lines: ["sid=; Max-Age=0; Path=/account"] });
cases.push({ id: "delete-wrong-domain", about: "deleting a Domain cookie host-only leaves it", url: H, before: [{ url: H, lines: ["sid=1; Domain=example.com; Path=/"] }], lines: ["sid=; Max-Age=0; Path=/"] });
cases.push({ id: "overwrite", about: "same name, domain and path replaces", url: H, before: [{ url: H, lines: ["sid=old; Path=/"] }], lines: ["sid=new; Path=/"] });
cases.push({ id: "two-paths", about: "same name, two paths: two cookies", url: H, before: [{ url: H, lines: ["sid=root; Path=/"] }], lines: ["sid=account; Path=/account"] });
cases.push({ id: "host-and-domain", about: "a host-only and a Domain cookie of one name", url: H, before: [{ url: H, lines: ["sid=host"] }], lines: ["sid=domain; Domain=example.com"] });
cases.push({ id: "insecure-overlay", about: "http may not overlay a Secure cookie", url: P, before: [{ url: H, lines: ["sid=secure; Secure; Path=/"] }], lines: ["sid=plain; Path=/"] });
cases.push({ id: "insecure-overlay-sub", about: "http may not set a Secure cookie's name on a deeper path", url: "http://www.example.com/a/b", before: [{ url: H, lines: ["sid=secure; Secure; Path=/a"] }], lines: ["sid=plain; Path=/a/b"] });
cases.push({ id: "insecure-overlay-other-path", about: "http may set the name on a path the Secure cookie does not cover", url: P, before: [{ url: H, lines: ["sid=secure; Secure; Path=/a"] }], lines: ["sid=plain; Path=/b"] });
cases.push({ id: "insecure-overlay-domain", about: "http may not shadow a Secure Domain cookie", url: "http://shop.example.com/", before: [{ url: "https://www.example.com/", lines: ["sid=secure; Secure; Domain=example.com; Path=/"] }], lines: ["sid=plain; Path=/"] });
cases.push({ id: "tossing", about: "cookie tossing: a sibling sets a Domain cookie with a deeper path", url: H, before: [{ url: H, lines: ["sid=real; Path=/"] }, { url: "https://evil.example.com/", lines: ["sid=attacker; Domain=example.com; Path=/account"] }], lines: [] });
cases.push({ id: "tossing-host-prefix", about: "a __Host- cookie cannot be tossed from a sibling", url: "https://evil.example.com/", before: [{ url: H, lines: ["__Host-sid=real; Secure; Path=/"] }], lines: ["__Host-sid=attacker; Secure; Path=/; Domain=example.com"] });
add("multi-lines", "three lines in one response", H, "a=1", "b=2; Path=/x", "c=3; Max-Age=0");
add("multi-same", "the same cookie twice in one response: the last wins", H, "sid=first", "sid=second");
add("multi-set-delete", "set then delete in one response", H, "sid=1; Path=/", "sid=; Max-Age=0; Path=/");

// Session-cookie shapes from real frameworks' defaults.
add("iron-session", "iron-session's defaults", H, "iron=Fe26.2*1*abc; Max-Age=1209540; Path=/; HttpOnly; Secure; SameSite=Lax");
add("express-session", "express-session's defaults", P, "connect.sid=s%3Aabc.def; Path=/; HttpOnly");
add("rails", "a Rails cookie store line", H, "_app_session=abc--def; path=/; secure; httponly; samesite=lax");
add("django", "Django's session cookie", H, 'sessionid=abc; expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax');
add("owasp-fixed", "OWASP's recommended session cookie", H, "__Host-SessionID=abc; Secure; HttpOnly; SameSite=Strict; Path=/");
add("sandbox-sealed", "the sandbox's sealed cookie", "https://localhost/", "__Host-sbx-sealed=Fe26.2*1*x; Path=/; HttpOnly; Secure; SameSite=Strict");
add("sandbox-http-localhost", "the sandbox's cookie from http://localhost", "http://localhost/", "__Host-sbx-sid=abc; Max-Age=600; Path=/; HttpOnly; Secure; SameSite=Strict");

export const corpus: readonly CorpusCase[] = cases;

/** Every Set-Cookie line the corpus sends, setup responses included. */
export function corpusLineCount(list: readonly CorpusCase[] = corpus): number {
  return list.reduce((n, c) => n + c.lines.length + (c.before ?? []).reduce((m, r) => m + r.lines.length, 0), 0);
}
