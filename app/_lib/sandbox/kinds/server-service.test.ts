import { describe, expect, it, vi } from "vitest";
import { SANDBOX_COOKIE_NAMES, type ReplayResult, type SandboxView, type TamperResult } from "../contract";
import { newSessionId } from "../ids/session-id";
import { serverSetup } from "@/testing/sandbox";
import {
  loginServer,
  logoutServer,
  putServer,
  readServer,
  regenerateServer,
  replayServer,
  tamperServer,
  MAX_STORED_SESSIONS,
  type ServerDeps,
} from "./server-service";
import { StoreUnavailableError } from "../store/types";

const SID = SANDBOX_COOKIE_NAMES.server;

const setup = serverSetup;

describe("server-side sessions", () => {
  it("eight parallel puts to one session keep all eight keys (no lost update)", async () => {
    const { store, deps, jar, ctx } = setup();
    jar.apply(await loginServer(deps, ctx(), "Ana"));
    const keys = Array.from({ length: 8 }, (_, i) => `key${i}`);
    const outcomes = await Promise.all(keys.map((key) => putServer(deps, ctx(), key, key.toUpperCase())));
    expect(outcomes.map((o) => o.status)).toEqual(keys.map(() => 200));
    const id = jar.get(SID)!;
    expect((await store.get(id))!.data).toEqual(Object.fromEntries(keys.map((k) => [k, k.toUpperCase()])));
  });

  it("refuses new sessions once the store holds its cap, so a flood of logins cannot fill it", async () => {
    const { store, deps, ctx } = setup();
    const full: ServerDeps = { ...deps, count: async () => MAX_STORED_SESSIONS };
    await expect(loginServer(full, ctx(), "Ana")).rejects.toThrow(StoreUnavailableError);
    expect(await store.count()).toBe(0);
    await expect(loginServer({ ...deps, count: async () => MAX_STORED_SESSIONS - 1 }, ctx(), "Ana")).resolves.toMatchObject({ status: 200 });
  });

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
