import { sealData } from "iron-session";
import { base64url, SignJWT } from "jose";
import { randomBytes } from "node:crypto";
import { connect } from "node:net";
import { parseSetCookie } from "../../app/_lib/http/cookie-syntax";
import { endpoints, endpointUrl, type EndpointName } from "../../app/_lib/sandbox/endpoints";
import { SANDBOX_COOKIE_NAMES, type ErrorBody, type SandboxKind, type SandboxView } from "../../app/_lib/sandbox/contract";
import { expect, test } from "./fixtures";
import { serverKeys } from "./server-keys";

/**
 * Each title names the requirement it checks: OWASP ASVS 5.0 (V3 Web Frontend Security §3.3, §3.4, §3.5;
 * V7 Session Management; V9 Self-contained Tokens) and WSTG 4.3+ session management tests WSTG-SESS-01…11.
 */

const kinds: SandboxKind[] = ["sealed", "server", "jwt"];
/** An endpoint's path from the table; hand-written paths below are the ones the table must not have. */
const url = (name: EndpointName, kind?: SandboxKind) => endpointUrl(endpoints[name], { kind });
const SID = SANDBOX_COOKIE_NAMES.server;
const JWT = SANDBOX_COOKIE_NAMES.jwt;
const SEALED = SANDBOX_COOKIE_NAMES.sealed;

function attributes(header: string): Map<string, string | null> {
  return new Map(parseSetCookie(header).attributes.map((a) => [a.name.toLowerCase(), a.value]));
}

/** Mints a JWT with the server's own key, so only the claim under test is wrong. */
async function mint(claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
  const { kid, jwtKey } = serverKeys();
  const iat = Math.floor(Date.now() / 1000);
  return new SignJWT({ data: {}, sub: "Mallory", jti: randomBytes(16).toString("base64url"), iss: "session-lab-sandbox", aud: "session-lab-sandbox", iat, exp: iat + 600, ...claims })
    .setProtectedHeader({ alg: "HS256", typ: "JWT", kid, ...header })
    .sign(jwtKey);
}

test.describe("ASVS V3.3 cookie setup and WSTG-SESS-02 cookie attributes", () => {
  for (const kind of kinds) {
    test(`ASVS 3.3.1, 3.3.3 / WSTG-SESS-02: the ${kind} cookie is Secure, __Host- prefixed, Path=/ and has no Domain`, async ({ api }) => {
      const login = await api.login(kind, "Ana");
      const logout = await api.logout(kind);
      for (const header of [login.setCookies[0]!, logout.setCookies[0]!]) {
        const attrs = attributes(header);
        // The name as sent, not our constant: a browser accepts __Host- only with Secure, Path=/ and no Domain.
        expect(header).toMatch(/^__Host-[^=;]+=/);
        expect(header.startsWith(`${SANDBOX_COOKIE_NAMES[kind]}=`)).toBe(true);
        expect(attrs.has("secure")).toBe(true);
        expect(attrs.get("path")).toBe("/");
        expect(attrs.has("domain")).toBe(false);
      }
    });

    test(`ASVS 3.3.2: the ${kind} cookie sets SameSite explicitly (Strict)`, async ({ api }) => {
      const login = await api.login(kind, "Ana");
      expect(attributes(login.setCookies[0]!).get("samesite")).toBe("Strict");
    });

    test(`ASVS 3.3.4: the ${kind} cookie is HttpOnly and its value never travels in a URL`, async ({ api }) => {
      const login = await api.login(kind, "Ana");
      expect(attributes(login.setCookies[0]!).has("httponly")).toBe(true);
      expect(login.response.url()).not.toContain((await api.cookie(SANDBOX_COOKIE_NAMES[kind]))!.slice(0, 16));
      expect(login.response.headers()["location"]).toBeUndefined();
    });
  }

  test("ASVS 3.3.4: other HttpOnly cookies (the learner's progress cookie) are never echoed back to the page", async ({ raw, origin }) => {
    const response = await raw.get(url("read", "jwt"), { headers: { cookie: "__Host-session-lab-progress=Fe26.2*1*private*value~2; theme=dark", origin } });
    const view = (await response.json()) as SandboxView;
    expect(view.wire.cookieHeader).toBe("__Host-session-lab-progress=…; theme=…");
    expect(view.wire.redactedCookies).toEqual(["__Host-session-lab-progress", "theme"]);
    expect(JSON.stringify(view)).not.toContain("private");
  });

  for (const kind of ["sealed", "jwt"] as const) {
    test(`ASVS 3.3.5: a ${kind} write past 4096 bytes is refused with 413 and the previous cookie and data stay`, async ({ api }) => {
      await api.login(kind, "Ana");
      await api.put(kind, "a", "x".repeat(1500));
      const before = await api.cookie(SANDBOX_COOKIE_NAMES[kind]);
      const refused = await api.put(kind, "b", "y".repeat(2500));
      expect(refused.status).toBe(413);
      expect(refused.body.error).toBe("cookie-too-large");
      expect(refused.body.message).toMatch(/4096/);
      expect(refused.setCookies).toEqual([]);
      expect(await api.cookie(SANDBOX_COOKIE_NAMES[kind])).toBe(before);
      const after = await api.read(kind);
      expect(after.body.status).toMatchObject({ state: "active", data: { a: "x".repeat(1500) } });
      expect(after.body.size!.bytes).toBeLessThanOrEqual(4096);
    });
  }

  test("ASVS 3.4.4 / WSTG-SESS-04: every sandbox response is no-store and nosniff, errors included", async ({ api, raw }) => {
    const answers = [
      (await api.read("sealed")).response,
      (await api.login("jwt", "Ana")).response,
      (await api.put("server", "k", "v")).response, // 401
      await raw.post(url("login", "jwt"), { data: { name: "A" } }), // 403
      await raw.put(url("login", "jwt")), // 405
      await raw.get("/api/sandbox/nope"), // 404
    ];
    for (const response of answers) {
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
  });
});

test.describe("ASVS V3.5 browser origin separation and WSTG-SESS-05 CSRF", () => {
  test("ASVS 3.5.1 / WSTG-SESS-05: a CORS-safelisted cross-site form post cannot change the session", async ({ api, origin }) => {
    await api.login("server", "Ana");
    const forged = await api.request.post(url("putData", "server"), {
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "application/x-www-form-urlencoded" },
      data: "key=admin&value=true",
    });
    expect(forged.status()).toBe(403);
    const textPlain = await api.request.post(url("putData", "server"), {
      headers: { origin, "content-type": "text/plain" },
      data: JSON.stringify({ key: "admin", value: "true" }),
    });
    expect(textPlain.status()).toBe(415);
    expect((await api.read("server")).body.status).toMatchObject({ state: "active", data: {} });
  });

  const badOrigins: [string, Record<string, string>][] = [
    ["another site", { origin: "https://evil.example" }],
    ["another port", { origin: "http://localhost:1" }],
    ["another scheme", { origin: "https://localhost" }],
    ["the null origin (sandboxed iframe, file:)", { origin: "null" }],
    ["a look-alike host", { origin: "http://localhost.evil.example" }],
    ["no Origin and no Sec-Fetch-Site", {}],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site: same-site (a sibling subdomain)", { "sec-fetch-site": "same-site" }],
  ];
  for (const [label, headers] of badOrigins) {
    test(`ASVS 3.5.2: a request from ${label} gets 403`, async ({ raw }) => {
      const response = await raw.post(url("login", "jwt"), { headers: { "content-type": "application/json", ...headers }, data: { name: "Ana" } });
      expect(response.status()).toBe(403);
      expect(((await response.json()) as ErrorBody).error).toBe("forbidden-origin");
      expect(response.headers()["set-cookie"]).toBeUndefined();
    });
  }

  test("ASVS 3.5.2: Sec-Fetch-Site same-origin without Origin is accepted", async ({ raw }) => {
    const response = await raw.post(url("login", "jwt"), { headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" }, data: { name: "Ana" } });
    expect(response.status()).toBe(200);
  });

  test("ASVS 3.5.3: state changes need POST or DELETE; other methods get 405 with Allow", async ({ raw, origin }) => {
    const cases: [string, string, string][] = [
      ["GET", url("login", "jwt"), "POST, OPTIONS"],
      ["PUT", url("putData", "sealed"), "POST, DELETE, OPTIONS"],
      ["PATCH", url("logout", "server"), "POST, OPTIONS"],
      ["DELETE", url("fixation"), "POST, OPTIONS"],
      ["POST", url("read", "sealed"), "GET, HEAD, OPTIONS"],
      ["PUT", url("lbRead"), "GET, HEAD, OPTIONS"],
    ];
    for (const [method, path, allow] of cases) {
      const response = await raw.fetch(path, { method, headers: { origin, "content-type": "application/json" }, data: {} });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"]).toBe(allow);
    }
  });
});

test.describe("ASVS V7 session management", () => {
  test("ASVS 7.2.1 / WSTG-SESS-09: the server verifies every token itself; forged values are no session", async ({ raw }) => {
    const forged: [SandboxKind, string][] = [
      ["server", randomBytes(16).toString("base64url")],
      ["jwt", await new SignJWT({ data: {}, sub: "Mallory" }).setProtectedHeader({ alg: "HS256", typ: "JWT", kid: "1" }).setJti("x".repeat(22)).setIssuedAt().setExpirationTime("10m").setIssuer("session-lab-sandbox").setAudience("session-lab-sandbox").sign(randomBytes(32))],
      ["sealed", await sealData({ sid: "x".repeat(22), user: "Mallory", data: {}, iat: Date.now() }, { password: { "1": randomBytes(32).toString("base64url") }, ttl: 600 })],
    ];
    for (const [kind, value] of forged) {
      const view = (await (await raw.get(url("read", kind), { headers: { cookie: `${SANDBOX_COOKIE_NAMES[kind]}=${value}` } })).json()) as SandboxView;
      expect(view.status.state, kind).toBe("none");
    }
  });

  test("ASVS 7.2.3 / WSTG-SESS-01: server-side IDs are unique 128-bit CSPRNG values with no visible structure", async ({ api }) => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      await api.login("server", `user${i}`);
      ids.push((await api.cookie(SID))!);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Buffer.from(id, "base64url")).toHaveLength(16);
    // No shared prefix or counter: every position takes many values across 40 IDs.
    for (let position = 0; position < 21; position++) {
      expect(new Set(ids.map((id) => id[position])).size, `position ${position}`).toBeGreaterThan(12);
    }
  });

  for (const kind of kinds) {
    test(`ASVS 7.2.4: logging in again on ${kind} issues a new token and ends the previous one`, async ({ api, raw }) => {
      await api.login(kind, "Ana");
      const first = (await api.cookie(SANDBOX_COOKIE_NAMES[kind]))!;
      await api.login(kind, "Ana");
      const second = (await api.cookie(SANDBOX_COOKIE_NAMES[kind]))!;
      expect(second).not.toBe(first);
      if (kind === "server") {
        const old = (await (await raw.get(url("read", "server"), { headers: { cookie: `${SID}=${first}` } })).json()) as SandboxView;
        expect(old.status).toMatchObject({ state: "none", reason: "unknown-id" });
      }
    });
  }

  test("ASVS 7.3.1, 7.3.2 / WSTG-SESS-07: idle (2 min) and absolute (10 min) deadlines; activity moves only the idle one", async ({ api }) => {
    await api.login("server", "Ana");
    const first = (await api.read("server")).body;
    const created = first.inspect.kind === "server" ? first.inspect.record!.createdAt : 0;
    expect(first.deadlines.absoluteExpiresAt).toBe(created + 10 * 60_000);
    expect(first.deadlines.idleExpiresAt! - first.now).toBeLessThanOrEqual(2 * 60_000);
    await expect
      .poll(async () => (await api.read("server")).body.deadlines.idleExpiresAt!, { intervals: [50, 100, 200] })
      .toBeGreaterThan(first.deadlines.idleExpiresAt!);
    expect((await api.read("server")).body.deadlines.absoluteExpiresAt).toBe(first.deadlines.absoluteExpiresAt);
  });

  test("ASVS 9.2.1 / WSTG-SESS-07: an expired seal or JWT is no session, with the reason", async ({ raw }) => {
    const { sealedPasswords } = serverKeys();
    const expiredJwt = await mint({ iat: Math.floor(Date.now() / 1000) - 1200, exp: Math.floor(Date.now() / 1000) - 600 });
    const jwtView = (await (await raw.get(url("read", "jwt"), { headers: { cookie: `${JWT}=${expiredJwt}` } })).json()) as SandboxView;
    expect(jwtView.status).toMatchObject({ state: "none", reason: "expired" });
    const seal = await sealData({ sid: "s".repeat(22), user: "Ana", data: {}, iat: 0 }, { password: sealedPasswords, ttl: 600 });
    const fields = seal.split("*");
    fields[5] = String(Date.now() - 3_600_000);
    const sealedView = (await (await raw.get(url("read", "sealed"), { headers: { cookie: `${SEALED}=${fields.join("*")}` } })).json()) as SandboxView;
    expect(sealedView.status).toMatchObject({ state: "none", reason: "expired" });
  });

  test("ASVS 7.4.1 / WSTG-SESS-06: logout ends the server-side session; the back button (old cookie) gets nothing", async ({ api, raw }) => {
    await api.login("server", "Ana");
    const id = (await api.cookie(SID))!;
    const logout = await api.logout("server");
    expect(logout.setCookies[0]).toMatch(/^__Host-sbx-sid=; Max-Age=0; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    const back = (await (await raw.get(url("read", "server"), { headers: { cookie: `${SID}=${id}` } })).json()) as SandboxView;
    expect(back.status).toMatchObject({ state: "none", reason: "unknown-id" });
  });

  for (const kind of ["sealed", "jwt"] as const) {
    test(`ASVS 7.4.1 / WSTG-SESS-06: a replayed pre-logout ${kind} is refused once revocation is checked`, async ({ api }) => {
      await api.login(kind, "Ana");
      await api.logout(kind);
      expect((await api.replay(kind, false)).body.replay.outcome.state).toBe("active");
      expect((await api.replay(kind, true)).body.replay.outcome).toMatchObject({ state: "none", reason: "revoked" });
    });
  }

  test("ASVS 7.6.2: reads without a cookie create no session and set no cookie", async ({ raw }) => {
    for (const path of [url("read", "sealed"), url("read", "server"), url("read", "jwt"), url("lbRead")]) {
      const response = await raw.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["set-cookie"], path).toBeUndefined();
    }
  });
});

test.describe("ASVS V9 self-contained tokens and WSTG-SESS-10 JSON Web Tokens", () => {
  for (const kind of ["sealed", "jwt"] as const) {
    for (const where of ["payload", "signature"] as const) {
      test(`ASVS 9.1.1: a ${kind} with one character of its ${where} changed is refused`, async ({ api }) => {
        await api.login(kind, "Ana");
        const result = await api.tamper(kind, where);
        expect(result.body.tamper.outcome).toMatchObject({ state: "none", reason: "tampered" });
      });
    }
  }

  test("ASVS 9.1.2 / WSTG-SESS-10: alg none, HS512 and RS256 headers are refused by the pinned list", async ({ raw, api }) => {
    await api.login("jwt", "Ana");
    expect((await api.tamper("jwt", "alg-none")).body.tamper.outcome).toMatchObject({ state: "none", reason: "wrong-alg" });
    const claims = base64url.encode(JSON.stringify({ sub: "admin", exp: Math.floor(Date.now() / 1000) + 600 }));
    const tokens = [
      `${base64url.encode('{"alg":"none","typ":"JWT"}')}.${claims}.`,
      `${base64url.encode('{"alg":"None","typ":"JWT"}')}.${claims}.`,
      await new SignJWT({ sub: "admin" }).setProtectedHeader({ alg: "HS512", kid: "1" }).setExpirationTime("10m").sign(randomBytes(64)),
      `${base64url.encode('{"alg":"RS256","typ":"JWT","kid":"1"}')}.${claims}.${base64url.encode(randomBytes(256))}`,
    ];
    for (const token of tokens) {
      const view = (await (await raw.get(url("read", "jwt"), { headers: { cookie: `${JWT}=${token}` } })).json()) as SandboxView;
      expect(view.status, token.slice(0, 30)).toMatchObject({ state: "none", reason: "wrong-alg" });
    }
  });

  test("ASVS 9.1.3 / WSTG-SESS-10: keys named in jwk, jku or kid headers are not trusted", async ({ raw }) => {
    const attackerKey = randomBytes(32);
    const base = { data: {}, jti: "j".repeat(22), iss: "session-lab-sandbox", aud: "session-lab-sandbox" };
    const cases: [Record<string, unknown>, string][] = [
      [{ kid: "1", jwk: { kty: "oct", k: base64url.encode(attackerKey) } }, "tampered"],
      [{ kid: "1", jku: "https://evil.example/keys.json" }, "tampered"],
      [{ kid: "../../../../dev/null" }, "unknown-key"],
      [{ kid: "__proto__" }, "unknown-key"],
    ];
    for (const [header, reason] of cases) {
      const token = await new SignJWT(base).setProtectedHeader({ alg: "HS256", typ: "JWT", ...header }).setSubject("admin").setIssuedAt().setExpirationTime("10m").sign(attackerKey);
      const view = (await (await raw.get(url("read", "jwt"), { headers: { cookie: `${JWT}=${token}` } })).json()) as SandboxView;
      expect(view.status, JSON.stringify(header)).toMatchObject({ state: "none", reason });
    }
  });

  test("ASVS 9.2.1, 9.2.2, 9.2.3 / WSTG-SESS-10: exp is required and checked, nbf is honoured, typ and aud must match", async ({ raw }) => {
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, string, string][] = [
      ["without exp", await mint({ exp: undefined }), "invalid-claims"],
      ["expired", await mint({ exp: now - 1 }), "expired"],
      ["not valid yet", await mint({ nbf: now + 600 }), "not-yet-valid"],
      ["for another audience", await mint({ aud: "another-app" }), "invalid-claims"],
      ["from another issuer", await mint({ iss: "https://evil.example" }), "invalid-claims"],
      ["of another type", await mint({}, { typ: "at+jwt" }), "invalid-claims"],
      ["without jti", await mint({ jti: undefined }), "invalid-claims"],
      ["with non-string data", await mint({ data: { n: 1 } }), "invalid-claims"],
    ];
    for (const [label, token, reason] of cases) {
      const view = (await (await raw.get(url("read", "jwt"), { headers: { cookie: `${JWT}=${token}` } })).json()) as SandboxView;
      expect(view.status, label).toMatchObject({ state: "none", reason });
    }
    const good = (await (await raw.get(url("read", "jwt"), { headers: { cookie: `${JWT}=${await mint({})}` } })).json()) as SandboxView;
    expect(good.status).toMatchObject({ state: "active", user: "Mallory" });
  });
});

test.describe("WSTG-SESS-03 session fixation, WSTG-SESS-04 exposed variables, WSTG-SESS-08 puzzling, WSTG-SESS-11 concurrency", () => {
  test("WSTG-SESS-03: login with a planted, never-issued ID gets a fresh ID; the planted one never enters the store", async ({ playwright, baseURL, origin }) => {
    const planted = randomBytes(16).toString("base64url");
    // A client that always sends the planted cookie, whatever the server answers.
    const victim = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin, cookie: `${SID}=${planted}`, "x-forwarded-for": "198.18.250.3" } });
    const login = await victim.post(url("login", "server"), { data: { name: "Ana" } });
    const view = (await login.json()) as SandboxView;
    expect(login.headers()["set-cookie"]).toMatch(/^__Host-sbx-sid=[A-Za-z0-9_-]{22};/);
    expect(view.inspect.kind === "server" && view.inspect.id).not.toBe(planted);
    await victim.dispose();
    const prober = await playwright.request.newContext({ baseURL });
    const probe = (await (await prober.get(url("read", "server"), { headers: { cookie: `${SID}=${planted}` } })).json()) as SandboxView;
    await prober.dispose();
    expect(probe.status).toMatchObject({ state: "none", reason: "unknown-id" });
  });

  test("WSTG-SESS-04: session IDs in the query string or body are ignored", async ({ api, otherBrowser }) => {
    await api.login("server", "Ana");
    const id = (await api.cookie(SID))!;
    for (const path of [`/api/sandbox/server?${SID}=${id}`, `/api/sandbox/server?sid=${id}`, `/api/sandbox/server?session=${id}`]) {
      expect((await otherBrowser.get(path)).body.status, path).toMatchObject({ state: "none", reason: "missing" });
    }
    const viaBody = await otherBrowser.post<ErrorBody>(url("putData", "server"), { key: "k", value: "v", sid: id });
    expect(viaBody.status).toBe(422);
    expect(viaBody.body.field).toBe("sid");
  });

  test("WSTG-SESS-08: one kind's token is meaningless as another kind's cookie", async ({ api, raw }) => {
    await api.login("sealed", "Ana");
    await api.login("jwt", "Ana");
    await api.login("server", "Ana");
    const seal = (await api.cookie(SEALED))!;
    const jwt = (await api.cookie(JWT))!;
    const sid = (await api.cookie(SID))!;
    const lab = randomBytes(16).toString("base64url");
    const swaps: [SandboxKind, string, string][] = [
      ["jwt", `${JWT}=${seal}`, "malformed"],
      ["sealed", `${SEALED}=${jwt}`, "malformed"],
      ["server", `${SID}=${jwt}`, "malformed"],
      ["sealed", `${SEALED}=${sid}`, "malformed"],
      ["server", `${SID}=${lab}`, "unknown-id"],
    ];
    for (const [kind, cookie, reason] of swaps) {
      const view = (await (await raw.get(url("read", kind), { headers: { cookie } })).json()) as SandboxView;
      expect(view.status, cookie.slice(0, 40)).toMatchObject({ state: "none", reason });
    }
  });

  test("WSTG-SESS-11: two browsers logged in as the same name hold independent sessions", async ({ api, otherBrowser }) => {
    await api.login("server", "Ana");
    await otherBrowser.login("server", "Ana");
    expect(await api.cookie(SID)).not.toBe(await otherBrowser.cookie(SID));
    await api.put("server", "device", "laptop");
    expect((await otherBrowser.read("server")).body.status).toMatchObject({ state: "active", data: {} });
    await api.logout("server");
    expect((await otherBrowser.read("server")).body.status.state).toBe("active");
  });
});

test.describe("bad inputs: never a 500, always a clear 4xx or 'no session' with a reason", () => {
  const badCookies: [string, string][] = [
    ["empty", ""],
    ["spaces", "   "],
    ["4000 characters", "A".repeat(4000)],
    ["Latin-1 bytes", "çöökîé"],
    ["quoted", '"Fe26.2*1*a*b*c*1*d*e~2"'],
    ["SQL", "' OR '1'='1' --"],
    ["path traversal", "../../../../etc/passwd"],
    ["script", "<script>alert(1)</script>"],
    ["JSON", '{"user":"admin"}'],
    ["base64 JSON", base64url.encode('{"user":"admin"}')],
    ["null", "null"],
    ["only separators", "*.*.*~~"],
    ["a seal with 9 fields", "Fe26.2*1*a*b*c*1*d*e*f~2"],
    ["a JWT with empty parts", ".."],
  ];
  for (const kind of kinds) {
    test(`${kind}: malformed cookie values read as no session`, async ({ raw }) => {
      for (const [label, value] of badCookies) {
        const response = await raw.get(url("read", kind), { headers: { cookie: `${SANDBOX_COOKIE_NAMES[kind]}=${value}` } });
        expect(response.status(), label).toBe(200);
        const view = (await response.json()) as SandboxView;
        expect(view.status.state, label).toBe("none");
        expect(["malformed", "tampered", "unknown-id", "missing"]).toContain(view.status.state === "none" ? view.status.reason : "");
      }
    });

    test(`${kind}: a duplicated cookie name (cookie tossing) is refused as duplicate`, async ({ api, raw }) => {
      await api.login(kind, "Ana");
      const value = (await api.cookie(SANDBOX_COOKIE_NAMES[kind]))!;
      const response = await raw.get(url("read", kind), { headers: { cookie: `${SANDBOX_COOKIE_NAMES[kind]}=${value}; ${SANDBOX_COOKIE_NAMES[kind]}=${value}` } });
      expect(((await response.json()) as SandboxView).status).toMatchObject({ state: "none", reason: "duplicate" });
    });
  }

  test("raw UTF-8 bytes and an emoji in the Cookie header read as no session", async ({ baseURL }) => {
    const { hostname, port } = new URL(baseURL!);
    // Node's HTTP client refuses non-Latin-1 header text, so write the bytes on a socket ourselves.
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(Buffer.concat([Buffer.from(`GET /api/sandbox/server HTTP/1.1\r\nHost: ${hostname}:${port}\r\nCookie: ${SID}=`), Buffer.from("🍪ключ", "utf8"), Buffer.from("\r\nConnection: close\r\n\r\n")]));
      });
      let data = "";
      socket.on("data", (chunk) => (data += chunk.toString("utf8")));
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    expect(reply).toContain('"reason":"malformed"');
  });

  test("a lower-case __host- look-alike cookie is not our cookie", async ({ api, raw }) => {
    await api.login("server", "Ana");
    const response = await raw.get(url("read", "server"), { headers: { cookie: `__host-sbx-sid=${await api.cookie(SID)}` } });
    expect(((await response.json()) as SandboxView).status).toMatchObject({ state: "none", reason: "missing" });
  });

  const badBodies: [string, string, string | null, number, string | null][] = [
    // label, body, content-type, status, field
    ["malformed JSON", '{"name":', "application/json", 400, null],
    ["a JSON array", "[]", "application/json", 422, "(body)"],
    ["JSON null", "null", "application/json", 422, "(body)"],
    ["a number for name", '{"name":123}', "application/json", 422, "name"],
    ["an empty name", '{"name":"   "}', "application/json", 422, "name"],
    ["a 41-character name", JSON.stringify({ name: "a".repeat(41) }), "application/json", 422, "name"],
    ["markup in the name", '{"name":"<img src=x onerror=alert(1)>"}', "application/json", 422, "name"],
    ["CRLF header injection in the name", JSON.stringify({ name: "Ana\r\nSet-Cookie: admin=1" }), "application/json", 422, "name"],
    ["an unexpected field", '{"name":"Ana","role":"admin"}', "application/json", 422, "role"],
    ["a __proto__ field", '{"name":"Ana","__proto__":{"admin":true}}', "application/json", 422, "__proto__"],
    ["a body over 4 kB", JSON.stringify({ name: "Ana", pad: "x".repeat(5000) }), "application/json", 413, null],
    ["no content type", '{"name":"Ana"}', null, 415, null],
    ["text/plain", '{"name":"Ana"}', "text/plain", 415, null],
    ["a form", "name=Ana", "application/x-www-form-urlencoded", 415, null],
    ["latin-1 JSON", '{"name":"Ana"}', "application/json; charset=iso-8859-1", 415, null],
  ];
  for (const [label, body, type, status, field] of badBodies) {
    test(`login body: ${label} → ${status}`, async ({ api }) => {
      const headers: Record<string, string> = type ? { "content-type": type } : {};
      const response = await api.request.post(url("login", "jwt"), { headers, data: Buffer.from(body) });
      expect(response.status()).toBe(status);
      const error = (await response.json()) as ErrorBody;
      if (field) expect(error.field).toBe(field);
      expect(error.message.length).toBeGreaterThan(10);
      expect(response.headers()["set-cookie"]).toBeUndefined();
    });
  }

  const badKeys = ["__proto__", "constructor", "prototype", "toString", "has space", "1starts-with-digit", "ключ", "a".repeat(33), "", "a.b", "$where"];
  test("data keys: reserved and unsafe names are refused with 422 naming the key", async ({ api }) => {
    await api.login("sealed", "Ana");
    for (const key of badKeys) {
      const answer = await api.put("sealed", key, "v");
      expect(answer.status, JSON.stringify(key)).toBe(422);
      expect(answer.body.field).toBe("key");
    }
    // Control characters are refused, except line breaks, which the multi-line value field sends (as CR LF).
    const values = ["\u0000", "tab\tseparated", "x".repeat(3001)];
    for (const value of values) {
      const answer = await api.put("sealed", "k", value);
      expect(answer.status, JSON.stringify(value.slice(0, 10))).toBe(422);
      expect(answer.body.field).toBe("value");
    }
    expect((await api.read("sealed")).body.status).toMatchObject({ state: "active", data: {} });
    expect((await api.put("sealed", "k", "line\r\nbreak")).status).toBe(200);
    expect((await api.read("sealed")).body.status).toMatchObject({ state: "active", data: { k: "line\nbreak" } });
  });

  test("a body that lies about its length is still capped", async ({ api }) => {
    const response = await api.request.post(url("login", "jwt"), {
      headers: { "content-type": "application/json" },
      data: Buffer.from(JSON.stringify({ name: "Ana", pad: "x".repeat(10_000) })),
    });
    expect(response.status()).toBe(413);
  });

  test("changes without a session are 401 with an explanation", async ({ api }) => {
    for (const kind of kinds) {
      const answer = await api.put(kind, "k", "v");
      expect(answer.status).toBe(401);
      expect(answer.body.error).toBe("no-session");
      expect((await api.regenerate(kind)).status).toBe(401);
      expect((await api.tamper(kind)).status).toBe(401);
    }
  });
});
