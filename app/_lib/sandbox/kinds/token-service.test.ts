import { describe, expect, it } from "vitest";
import { SANDBOX_COOKIE_NAMES, type ErrorBody, type ReplayResult, type SandboxView, type TamperResult } from "../contract";
import { createJwtCodec } from "../tokens/jwt-codec";
import { createSealedCodec } from "../tokens/sealed-codec";
import { jwtAdapter, sealedAdapter, type TokenAdapter } from "../tokens/token-adapters";
import { Jar, tempStore } from "@/testing/sandbox";
import { loginToken, logoutToken, putToken, readToken, regenerateToken, removeToken, replayToken, tamperToken, type TokenDeps } from "./token-service";

const adapters: [string, () => TokenAdapter][] = [
  ["sealed", () => sealedAdapter(createSealedCodec({ "1": "a-test-password-that-is-32-chars-long!!" }))],
  ["jwt", () => jwtAdapter(createJwtCodec({ "1": new Uint8Array(32).fill(3) }))],
];

describe.each(adapters)("token service: %s", (kind, makeAdapter) => {
  const setup = () => {
    const store = tempStore();
    const deps: TokenDeps = { adapter: makeAdapter(), store: () => store };
    const jar = new Jar();
    const ctx = (now = Date.now()) => ({ cookieHeader: jar.header(), now });
    return { deps, jar, ctx, store };
  };
  const cookieName = SANDBOX_COOKIE_NAMES[kind as "sealed" | "jwt"];

  it("reads 'no session: missing' without a cookie and sets nothing", async () => {
    const { deps, ctx } = setup();
    const outcome = await readToken(deps, ctx());
    expect(outcome.setCookies).toEqual([]);
    expect((outcome.body as SandboxView).status).toMatchObject({ state: "none", reason: "missing" });
  });

  it("logs in, stores and removes data, and reports the exact Set-Cookie", async () => {
    const { deps, jar, ctx } = setup();
    const login = jar.apply(await loginToken(deps, ctx(), "Ana"));
    const view = login.body as SandboxView;
    expect(view.wire.setCookie[0]!.header).toBe(login.setCookies[0]);
    expect(view.wire.setCookie[0]!.attributes.map((a) => a.name)).toEqual(["Max-Age", "Path", "HttpOnly", "Secure", "SameSite"]);
    expect(view.status).toMatchObject({ state: "active", user: "Ana", data: {} });
    jar.apply(await putToken(deps, ctx(), "theme", "dark"));
    const read = (await readToken(deps, ctx())).body as SandboxView;
    expect(read.status).toMatchObject({ state: "active", data: { theme: "dark" } });
    expect(read.wire.cookieHeader).toContain(`${cookieName}=`);
    expect(read.size?.bytes).toBeLessThan(4096);
    jar.apply(await removeToken(deps, ctx(), "theme"));
    expect(((await readToken(deps, ctx())).body as SandboxView).status).toMatchObject({ data: {} });
  });

  it("refuses a change past 4096 bytes with 413 and leaves the cookie as it was", async () => {
    const { deps, jar, ctx } = setup();
    jar.apply(await loginToken(deps, ctx(), "Ana"));
    jar.apply(await putToken(deps, ctx(), "a", "x".repeat(2000)));
    const before = jar.get(cookieName);
    const refused = jar.apply(await putToken(deps, ctx(), "b", "y".repeat(2000)));
    expect(refused.status).toBe(413);
    expect(refused.setCookies).toEqual([]);
    expect((refused.body as ErrorBody).error).toBe("cookie-too-large");
    expect((refused.body as ErrorBody).view?.status).toMatchObject({ state: "active", data: { a: "x".repeat(2000) } });
    expect(jar.get(cookieName)).toBe(before);
  });

  it("answers 401 to changes without a session and 404 for a missing key", async () => {
    const { deps, jar, ctx } = setup();
    expect((await putToken(deps, ctx(), "a", "b")).status).toBe(401);
    expect((await regenerateToken(deps, ctx())).status).toBe(401);
    jar.apply(await loginToken(deps, ctx(), "Ana"));
    expect((await removeToken(deps, ctx(), "nope")).status).toBe(404);
  });

  it("regenerate gives a new id with the same data", async () => {
    const { deps, jar, ctx } = setup();
    jar.apply(await loginToken(deps, ctx(), "Ana"));
    jar.apply(await putToken(deps, ctx(), "k", "v"));
    const before = jar.get(cookieName);
    const after = jar.apply(await regenerateToken(deps, ctx()));
    expect(jar.get(cookieName)).not.toBe(before);
    expect((after.body as SandboxView).status).toMatchObject({ state: "active", data: { k: "v" } });
  });

  it("tamper reports no session and leaves the real cookie alone", async () => {
    const { deps, jar, ctx } = setup();
    jar.apply(await loginToken(deps, ctx(), "Ana"));
    const original = jar.get(cookieName);
    for (const where of ["payload", "signature"] as const) {
      const outcome = jar.apply(await tamperToken(deps, ctx(), where));
      const body = outcome.body as TamperResult;
      expect(outcome.setCookies).toEqual([]);
      expect(body.tamper.outcome).toMatchObject({ state: "none", reason: "tampered" });
      expect([...body.tamper.tampered].filter((c, i) => c !== body.tamper.original[i])).toHaveLength(1);
    }
    expect(jar.get(cookieName)).toBe(original);
    expect(((await readToken(deps, ctx())).body as SandboxView).status.state).toBe("active");
  });

  it("a last signature character changed only in its spare bits is the same signature: accepted, and the lab says why", async () => {
    const { deps, jar, ctx } = setup();
    jar.apply(await loginToken(deps, ctx(), "Ana"));
    const body = (await tamperToken(deps, ctx(), "signature-end")).body as TamperResult;
    const { original, tampered, index } = body.tamper;
    expect(tampered).not.toBe(original);
    expect(index).toBe(cookieName.includes("jwt") ? original.length - 1 : original.indexOf("~") - 1);
    expect(body.tamper.outcome).toMatchObject({ state: "active", user: "Ana" });
    expect(body.tamper.explanation).toContain("decodes to the very same bytes");
    expect(body.tamper.explanation).toContain("key on its id");
    expect(body.tamper.explanation).not.toContain("should never happen");
  });

  it("replay after logout is accepted without the check and refused as revoked with it", async () => {
    const { deps, jar, ctx } = setup();
    expect((await replayToken(deps, ctx(), false)).status).toBe(404);
    jar.apply(await loginToken(deps, ctx(), "Ana"));
    const logout = jar.apply(await logoutToken(deps, ctx()));
    expect(jar.get(cookieName)).toBeUndefined();
    expect(logout.setCookies.some((c) => c.startsWith("__Host-sbx-lab="))).toBe(true);
    const open = (await replayToken(deps, ctx(), false)).body as ReplayResult;
    expect(open.replay.outcome).toMatchObject({ state: "active", user: "Ana" });
    const fixed = (await replayToken(deps, ctx(), true)).body as ReplayResult;
    expect(fixed.replay.outcome).toMatchObject({ state: "none", reason: "revoked" });
  });

  it("an expired cookie is 'no session: expired', never an error", async () => {
    const { deps, jar, ctx } = setup();
    jar.apply(await loginToken(deps, ctx(), "Ana"));
    const later = ((await readToken(deps, ctx(Date.now() + 11 * 60_000))).body as SandboxView).status;
    expect(later).toMatchObject({ state: "none", reason: "expired" });
  });

  it("a duplicated cookie name is refused", async () => {
    const { deps } = setup();
    const view = (await readToken(deps, { cookieHeader: `${cookieName}=a; ${cookieName}=b`, now: Date.now() })).body as SandboxView;
    expect(view.status).toMatchObject({ state: "none", reason: "duplicate" });
  });
});

describe("token service: alg none", () => {
  it("is refused as wrong-alg", async () => {
    const store = tempStore();
    const deps: TokenDeps = { adapter: adapters[1]![1](), store: () => store };
    const jar = new Jar();
    jar.apply(await loginToken(deps, { cookieHeader: null, now: Date.now() }, "Ana"));
    const body = (await tamperToken(deps, { cookieHeader: jar.header(), now: Date.now() }, "alg-none")).body as TamperResult;
    expect(body.tamper.outcome).toMatchObject({ state: "none", reason: "wrong-alg" });
    expect(body.tamper.tampered.endsWith(".")).toBe(true);
  });

  it("does not apply to sealed cookies (422)", async () => {
    const store = tempStore();
    const deps: TokenDeps = { adapter: adapters[0]![1](), store: () => store };
    const jar = new Jar();
    jar.apply(await loginToken(deps, { cookieHeader: null, now: Date.now() }, "Ana"));
    expect((await tamperToken(deps, { cookieHeader: jar.header(), now: Date.now() }, "alg-none")).status).toBe(422);
  });
});
