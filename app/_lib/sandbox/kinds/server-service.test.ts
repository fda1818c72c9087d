import { describe, expect, it, vi } from "vitest";
import { SANDBOX_COOKIE_NAMES, type FixationResult, type ReplayResult, type SandboxView, type TamperResult } from "../contract";
import { newSessionId } from "../server-kind/session-id";
import { Jar, tempStore } from "./test-support";
import {
  fixationServer,
  loginServer,
  logoutServer,
  putServer,
  readServer,
  regenerateServer,
  replayServer,
  tamperServer,
  type ServerDeps,
} from "./server-service";

const SID = SANDBOX_COOKIE_NAMES.server;

function setup() {
  const store = tempStore();
  const deps: ServerDeps = { store: () => store, count: () => store.count(), idleMs: 120_000, absoluteMs: 600_000 };
  const jar = new Jar();
  const ctx = (now = Date.now()) => ({ cookieHeader: jar.header(), now });
  return { store, deps, jar, ctx };
}

describe("server-side sessions", () => {
  it("a request without a cookie creates nothing in the store", async () => {
    const { store, deps, ctx } = setup();
    const outcome = await readServer(deps, ctx());
    expect(outcome.setCookies).toEqual([]);
    expect(await store.count()).toBe(0);
  });

  it("login issues a 128-bit ID as a session cookie and keeps the data server-side", async () => {
    const { store, deps, jar, ctx } = setup();
    const login = jar.apply(await loginServer(deps, ctx(), "Ana"));
    const view = login.body as SandboxView;
    expect(login.setCookies[0]).toMatch(/^__Host-sbx-sid=[A-Za-z0-9_-]{22}; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    jar.apply(await putServer(deps, ctx(), "cart", "3 apples"));
    const id = jar.get(SID)!;
    expect(await store.get(id)).toMatchObject({ user: "Ana", data: { cart: "3 apples" } });
    expect(view.inspect).toMatchObject({ kind: "server", id, store: "sqlite", idFacts: { bits: 128 } });
  });

  it("an ID the server never issued stays out of the store, and its cookie is cleared", async () => {
    const { store, deps, jar, ctx } = setup();
    const forged = newSessionId();
    jar.set(SID, forged);
    const read = jar.apply(await readServer(deps, ctx()));
    expect((read.body as SandboxView).status).toMatchObject({ state: "none", reason: "unknown-id" });
    expect(read.setCookies[0]).toMatch(/Max-Age=0/);
    jar.set(SID, forged);
    expect((await putServer(deps, ctx(), "a", "b")).status).toBe(401);
    expect(await store.get(forged)).toBeNull();
    expect(await store.count()).toBe(0);
  });

  it("re-reads within a second of the last slide skip the store write; later ones slide the deadline", async () => {
    const { store, deps, jar, ctx } = setup();
    const t0 = Date.now();
    jar.apply(await loginServer(deps, ctx(t0), "Ana"));
    const id = jar.get(SID)!;
    const loggedIn = (await store.get(id))!;
    await readServer(deps, ctx(t0 + 500));
    expect(await store.get(id)).toMatchObject({ lastSeenAt: loggedIn.lastSeenAt, idleExpiresAt: loggedIn.idleExpiresAt });
    await readServer(deps, ctx(t0 + 1_000));
    expect(await store.get(id)).toMatchObject({ lastSeenAt: t0 + 1_000, idleExpiresAt: t0 + 1_000 + 120_000 });
  });

  it.each([["too short", "abc"], ["SQL", "' OR 1=1 --"], ["path", "../../etc/passwd"], ["empty", ""], ["padded", "AAAAAAAAAAAAAAAAAAAAAA=="]])(
    "a malformed ID (%s) is refused without a store lookup",
    async (_label, value) => {
      const { store, deps, jar, ctx } = setup();
      const get = vi.spyOn(store, "get");
      jar.set(SID, value);
      expect(((await readServer(deps, ctx())).body as SandboxView).status).toMatchObject({ state: "none", reason: "malformed" });
      expect(get).not.toHaveBeenCalled();
      // The same read with a well-formed ID does look it up, so the spy is watching the path reads take.
      jar.set(SID, newSessionId());
      await readServer(deps, ctx());
      expect(get).toHaveBeenCalledTimes(1);
    },
  );

  it("enforces the idle timeout and refreshes it on every read", async () => {
    const { store, deps, jar, ctx } = setup();
    const t0 = Date.now();
    jar.apply(await loginServer(deps, ctx(t0), "Ana"));
    const id = jar.get(SID)!;
    expect(((await readServer(deps, ctx(t0 + 100_000))).body as SandboxView).status.state).toBe("active");
    // 100 s later again: alive only because the previous read moved the idle deadline.
    expect(((await readServer(deps, ctx(t0 + 200_000))).body as SandboxView).status.state).toBe("active");
    const idle = jar.apply(await readServer(deps, ctx(t0 + 200_000 + 120_001)));
    expect((idle.body as SandboxView).status).toMatchObject({ state: "none", reason: "idle-timeout" });
    expect(await store.get(id)).toBeNull();
  });

  it("enforces the absolute timeout however active the session is", async () => {
    const { deps, jar, ctx } = setup();
    const t0 = Date.now();
    jar.apply(await loginServer(deps, ctx(t0), "Ana"));
    for (let t = 60_000; t < 600_000; t += 60_000) await readServer(deps, ctx(t0 + t));
    const view = (await readServer(deps, ctx(t0 + 600_000))).body as SandboxView;
    expect(view.status).toMatchObject({ state: "none", reason: "absolute-timeout" });
  });

  it("login deletes the previous ID; regenerate moves the record to a new one", async () => {
    const { store, deps, jar, ctx } = setup();
    jar.apply(await loginServer(deps, ctx(), "Ana"));
    const first = jar.get(SID)!;
    jar.apply(await loginServer(deps, ctx(), "Ben"));
    expect(await store.get(first)).toBeNull();
    const second = jar.get(SID)!;
    jar.apply(await regenerateServer(deps, ctx()));
    const third = jar.get(SID)!;
    expect(third).not.toBe(second);
    expect(await store.get(second)).toBeNull();
    expect(await store.get(third)).toMatchObject({ user: "Ben" });
  });

  it("logout kills the ID everywhere: a replayed copy is unknown", async () => {
    const { deps, jar, ctx } = setup();
    jar.apply(await loginServer(deps, ctx(), "Ana"));
    jar.apply(await logoutServer(deps, ctx()));
    for (const check of [false, true]) {
      const replay = (await replayServer(deps, ctx(), check)).body as ReplayResult;
      expect(replay.replay.outcome).toMatchObject({ state: "none", reason: "unknown-id" });
    }
  });

  it("a tampered ID is unknown and never written to the store", async () => {
    const { store, deps, jar, ctx } = setup();
    jar.apply(await loginServer(deps, ctx(), "Ana"));
    const body = (await tamperServer(deps, ctx())).body as TamperResult;
    expect(body.tamper.outcome).toMatchObject({ state: "none", reason: "unknown-id" });
    expect(await store.get(body.tamper.tampered)).toBeNull();
    expect(await store.count()).toBe(1);
  });
});

describe("fixation lab", () => {
  async function run(mode: "vulnerable" | "regenerate") {
    const { deps, jar, ctx } = setup();
    const plant = jar.apply(await fixationServer(deps, ctx(), { mode, step: "plant" }));
    const planted = (plant.body as FixationResult).fixation.attackerId!;
    expect(jar.get(SID)).toBe(planted);
    const login = jar.apply(await fixationServer(deps, ctx(), { mode, step: "login", name: "Victim" }));
    const attacker = (await fixationServer(deps, ctx(), { mode, step: "attacker" })).body as FixationResult;
    return { planted, login: login.body as FixationResult, attacker, jar };
  }

  it("vulnerable mode: the attacker's planted ID becomes logged in as the victim", async () => {
    const { planted, login, attacker, jar } = await run("vulnerable");
    expect(login.fixation.victimId).toBe(planted);
    expect(jar.get(SID)).toBe(planted);
    expect(attacker.fixation.attackerSees).toMatchObject({ state: "active", user: "Victim" });
  });

  it("regenerate mode: login issues a new ID and the planted one is dead", async () => {
    const { planted, login, attacker, jar } = await run("regenerate");
    expect(login.fixation.victimId).not.toBe(planted);
    expect(jar.get(SID)).toBe(login.fixation.victimId);
    expect(attacker.fixation.attackerSees).toMatchObject({ state: "none", reason: "unknown-id" });
  });

  it("asks for a name at login and a plant before the attacker step", async () => {
    const { deps, ctx } = setup();
    expect((await fixationServer(deps, ctx(), { mode: "vulnerable", step: "attacker" })).status).toBe(409);
    expect((await fixationServer(deps, ctx(), { mode: "vulnerable", step: "login" })).status).toBe(422);
  });
});
