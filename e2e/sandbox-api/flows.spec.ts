import { SANDBOX_COOKIE_NAMES, type SandboxKind } from "../../app/_lib/sandbox/contract";
import { expect, test } from "./fixtures";

const kinds: SandboxKind[] = ["sealed", "server", "jwt"];

for (const kind of kinds) {
  test.describe(`${kind} session, full flow`, () => {
    test("log in, put, read back, remove, regenerate and log out", async ({ api }) => {
      const name = SANDBOX_COOKIE_NAMES[kind];
      const empty = await api.read(kind);
      expect(empty.status).toBe(200);
      expect(empty.body.status).toMatchObject({ state: "none", reason: "missing" });
      expect(empty.setCookies).toEqual([]);

      const login = await api.login(kind, "Ana");
      expect(login.status).toBe(200);
      expect(login.body.status).toMatchObject({ state: "active", user: "Ana", data: {} });
      expect(login.setCookies).toHaveLength(1);
      // The view reports exactly what went over the wire.
      expect(login.body.wire.setCookie.map((c) => c.header)).toEqual(login.setCookies);
      const firstValue = await api.cookie(name);
      expect(firstValue).toBeTruthy();

      const put = await api.put(kind, "theme", "dark");
      expect(put.status).toBe(200);
      expect(put.body.status).toMatchObject({ state: "active", data: { theme: "dark" } });
      // A server-side session changes only the store record; the token kinds re-issue the whole cookie.
      expect(put.setCookies).toHaveLength(kind === "server" ? 0 : 1);

      const read = await api.read(kind);
      expect(read.body.status).toMatchObject({ state: "active", user: "Ana", data: { theme: "dark" } });
      expect(read.body.wire.cookieHeader).toContain(`${name}=${await api.cookie(name)}`);
      expect(read.body.size).toMatchObject({ name, limit: 4096 });
      expect(read.body.size!.bytes).toBeLessThan(4096);

      const removed = await api.remove(kind, "theme");
      expect(removed.status).toBe(200);
      expect(removed.body.status).toMatchObject({ state: "active", data: {} });
      expect((await api.remove(kind, "theme")).status).toBe(404);

      const regenerated = await api.regenerate(kind);
      expect(regenerated.status).toBe(200);
      expect(await api.cookie(name)).not.toBe(firstValue);
      expect((await api.read(kind)).body.status).toMatchObject({ state: "active", user: "Ana" });

      const logout = await api.logout(kind);
      expect(logout.status).toBe(200);
      expect(logout.setCookies[0]).toMatch(new RegExp(`^${name}=; Max-Age=0; Path=/`));
      expect(await api.cookie(name)).toBeUndefined();
      expect((await api.read(kind)).body.status).toMatchObject({ state: "none", reason: "missing" });
    });

    test("tamper lab: a one-character change means no session, and the real cookie survives", async ({ api }) => {
      await api.login(kind, "Ana");
      const before = await api.cookie(SANDBOX_COOKIE_NAMES[kind]);
      const tampered = await api.tamper(kind);
      expect(tampered.status).toBe(200);
      expect(tampered.setCookies).toEqual([]);
      expect(tampered.body.tamper.original).toBe(before);
      expect(tampered.body.tamper.tampered).not.toBe(before);
      expect(tampered.body.tamper.outcome).toMatchObject({ state: "none", reason: kind === "server" ? "unknown-id" : "tampered" });
      expect(await api.cookie(SANDBOX_COOKIE_NAMES[kind])).toBe(before);
      expect((await api.read(kind)).body.status.state).toBe("active");
    });
  });
}

test.describe("inside the cookie", () => {
  test("sealed: 8 fields plus ~2, decrypted by the server, unreadable without the secret", async ({ api }) => {
    await api.login("sealed", "Ana");
    await api.put("sealed", "note", "secret-looking text");
    const { body } = await api.read("sealed");
    if (body.inspect.kind !== "sealed") throw new Error("expected a sealed inspection");
    expect(body.inspect.fields!.map((f) => f.name)).toEqual(["prefix", "passwordId", "encryptionSalt", "iv", "encryptedPayload", "expiresAt", "hmacSalt", "hmac", "version"]);
    expect(body.inspect.decrypted).toMatchObject({ user: "Ana", data: { note: "secret-looking text" } });
    expect(body.inspect.withoutSecret).toMatchObject({ readable: false });
    expect(await api.cookie("__Host-sbx-sealed")).not.toContain("secret-looking");
    expect(body.deadlines.expiresAt! - body.now).toBeGreaterThan(9 * 60_000);
  });

  test("JWT: readable header and claims with human times, pinned to HS256", async ({ api }) => {
    await api.login("jwt", "Ana");
    const { body } = await api.read("jwt");
    if (body.inspect.kind !== "jwt") throw new Error("expected a JWT inspection");
    expect(body.inspect.header).toEqual({ alg: "HS256", typ: "JWT", kid: expect.any(String) });
    expect(body.inspect.claims).toMatchObject({ sub: "Ana", iss: "session-lab-sandbox", aud: "session-lab-sandbox" });
    expect(body.inspect.times.map((t) => t.claim)).toEqual(["iat", "exp"]);
    expect(body.inspect.times[1]!.iso).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(body.inspect.algorithms).toEqual(["HS256"]);
    expect(body.inspect.requiredClaims).toContain("exp");
  });

  test("server-side: an opaque 128-bit ID next to its store record and deadlines", async ({ api }) => {
    await api.login("server", "Ana");
    const { body } = await api.read("server");
    if (body.inspect.kind !== "server") throw new Error("expected a server inspection");
    expect(body.inspect.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.inspect.idFacts.bits).toBe(128);
    expect(body.inspect.record).toMatchObject({ user: "Ana", data: {} });
    expect(body.deadlines.idleExpiresAt! - body.now).toBeGreaterThan(100_000);
    expect(body.deadlines.absoluteExpiresAt! - body.inspect.record!.createdAt).toBe(10 * 60_000);
    expect(body.size!.bytes).toBeLessThan(100);
  });
});

test.describe("replay after logout", () => {
  for (const kind of ["sealed", "jwt"] as const) {
    test(`${kind}: the pre-logout copy still works until the revocation check is on`, async ({ api }) => {
      expect((await api.replay(kind, false)).status).toBe(404);
      await api.login(kind, "Ana");
      await api.logout(kind);
      const open = await api.replay(kind, false);
      expect(open.status).toBe(200);
      expect(open.body.replay.outcome).toMatchObject({ state: "active", user: "Ana" });
      const fixed = await api.replay(kind, true);
      expect(fixed.body.replay.outcome).toMatchObject({ state: "none", reason: "revoked" });
      expect(fixed.body.replay.cookieHeader).toMatch(new RegExp(`^${SANDBOX_COOKIE_NAMES[kind]}=`));
    });
  }

  test("server-side: the pre-logout ID is dead with or without the check", async ({ api }) => {
    await api.login("server", "Ana");
    await api.logout("server");
    for (const check of [false, true]) {
      expect((await api.replay("server", check)).body.replay.outcome).toMatchObject({ state: "none", reason: "unknown-id" });
    }
  });
});

test.describe("fixation lab", () => {
  test("vulnerable mode: the attacker's planted ID ends up logged in as the learner", async ({ api }) => {
    const plant = await api.fixation({ mode: "vulnerable", step: "plant" });
    const planted = plant.body.fixation.attackerId!;
    expect(await api.cookie("__Host-sbx-sid")).toBe(planted);
    // The ordinary login endpoint honours the lab's vulnerable mode for the planted ID.
    const login = await api.login("server", "Ana");
    expect(login.setCookies).toEqual([]);
    expect(await api.cookie("__Host-sbx-sid")).toBe(planted);
    const attacker = await api.fixation({ mode: "vulnerable", step: "attacker" });
    expect(attacker.body.fixation.attackerSees).toMatchObject({ state: "active", user: "Ana" });
  });

  test("regenerate mode: login issues a new ID and the planted one is useless", async ({ api }) => {
    const planted = (await api.fixation({ mode: "regenerate", step: "plant" })).body.fixation.attackerId!;
    const login = await api.fixation({ mode: "regenerate", step: "login", name: "Ana" });
    expect(login.body.fixation.victimId).not.toBe(planted);
    expect(await api.cookie("__Host-sbx-sid")).toBe(login.body.fixation.victimId);
    const attacker = await api.fixation({ mode: "regenerate", step: "attacker" });
    expect(attacker.body.fixation.attackerSees).toMatchObject({ state: "none", reason: "unknown-id" });
    const reset = await api.fixation({ mode: "regenerate", step: "reset" });
    expect(reset.body.fixation.attackerId).toBeNull();
  });
});

test.describe('"your sessions" lab', () => {
  test("a second device's session is real, and signing out everywhere else deletes it over HTTP", async ({ api }) => {
    await api.login("server", "Ana");
    const mine = await api.cookie("__Host-sbx-sid");
    const added = await api.devices({ step: "add" });
    expect(added.status).toBe(200);
    const phone = added.body.devices.others[0]!;
    expect(phone.status).toMatchObject({ state: "active", user: "Ana" });
    expect(await api.cookie("__Host-sbx-sid")).toBe(mine);
    const out = await api.devices({ step: "sign-out-others" });
    expect(out.body.devices.others[0]!.status).toMatchObject({ state: "none", reason: "unknown-id" });
    const next = await api.devices({ step: "request", device: 0 });
    expect(next.body.devices.request?.outcome).toMatchObject({ state: "none", reason: "unknown-id" });
    expect((await api.read("server")).body.status).toMatchObject({ state: "active", user: "Ana" });
  });

  test("refuses without a session, and names the field for a device that does not exist", async ({ api }) => {
    expect((await api.devices({ step: "add" })).status).toBe(401);
    const missing = await api.devices({ step: "request", device: 2 });
    expect(missing.status).toBe(404);
  });
});

test.describe("load-balancer lab", () => {
  test("sticky cookie with per-node memory: killing a node logs out exactly its clients", async ({ api }) => {
    await api.lbConfigure({ strategy: "sticky-cookie", storage: "per-node-memory", nodes: 3 });
    for (const client of ["you", "ana", "ben", "chen"] as const) await api.lbSend(client);
    const before = (await api.lbRead()).body;
    const stuckToOne = before.clients.filter((c) => c.lastNode === 1).map((c) => c.id);
    expect(before.atRiskByNode["1"]).toEqual(stuckToOne);
    const killed = await api.lbNode(1, "kill");
    expect(killed.body.lastEvent).toMatchObject({ type: "kill", node: 1, affectedClients: stuckToOne });
    for (const client of ["you", "ana", "ben", "chen"] as const) {
      const event = (await api.lbSend(client)).body.lastEvent;
      expect(event).toMatchObject({ type: "request", outcome: stuckToOne.includes(client) ? "lost" : "found" });
    }
  });

  test("shared store: nobody loses a session when a node dies, and the last node cannot be killed", async ({ api }) => {
    await api.lbConfigure({ strategy: "round-robin", storage: "shared-store", nodes: 2 });
    await api.lbSend("you");
    await api.lbNode(2, "kill");
    expect((await api.lbSend("you")).body.lastEvent).toMatchObject({ type: "request", outcome: "found", visits: 2 });
    const last = await api.lbNode(1, "kill");
    expect(last.status).toBe(409);
    expect((await api.lbNode(5, "kill")).status).toBe(422);
  });
});
