import { describe, expect, it } from "vitest";
import { serverSetup } from "@/testing/sandbox";
import { DEVICES_MAX, SANDBOX_COOKIE_NAMES, type DevicesResult, type ErrorBody } from "../contract";
import { loginServer, logoutServer, readServer } from "../kinds/server-service";
import { devicesStep } from "./devices-lab";

const SID = SANDBOX_COOKIE_NAMES.server;
const result = (outcome: { body: unknown }) => (outcome.body as DevicesResult).devices;

describe('"your sessions" lab', () => {
  it("a second device is a real session for the same user; signing out everywhere else ends it and keeps this browser's", async () => {
    const { deps, jar, ctx, store } = serverSetup();
    jar.apply(await loginServer(deps, ctx(), "Ada"));
    const mine = jar.get(SID)!;
    const added = result(jar.apply(await devicesStep(deps, ctx(), { step: "add" })));
    expect(added.others).toHaveLength(1);
    const laptop = added.others[0]!;
    expect(laptop.label).toBe("Laptop");
    expect(laptop.id).not.toBe(mine);
    expect((await store.get(laptop.id))?.user).toBe("Ada");
    expect(jar.get(SID)).toBe(mine);

    const before = result(jar.apply(await devicesStep(deps, ctx(), { step: "request", device: 0 })));
    expect(before.request).toMatchObject({ label: "Laptop", cookieHeader: `${SID}=${laptop.id}`, outcome: { state: "active", user: "Ada" } });

    const signedOut = result(jar.apply(await devicesStep(deps, ctx(), { step: "sign-out-others" })));
    expect(signedOut.explanation).toMatch(/Deleted 1 other session of Ada/);
    expect(signedOut.others[0]!.status).toMatchObject({ state: "none", reason: "unknown-id" });
    expect(signedOut.thisBrowser).toMatchObject({ id: mine, status: { state: "active", user: "Ada" } });
    expect(await store.get(laptop.id)).toBeNull();

    const after = result(jar.apply(await devicesStep(deps, ctx(), { step: "request", device: 0 })));
    expect(after.request?.outcome).toMatchObject({ state: "none", reason: "unknown-id" });
    expect(after.explanation).toMatch(/no longer has that ID/);
    expect(((await readServer(deps, ctx())).body as { status: { state: string } }).status.state).toBe("active");
  });

  it("never ends a session of another user, even one it listed", async () => {
    const { deps, jar, ctx, store } = serverSetup();
    jar.apply(await loginServer(deps, ctx(), "Ada"));
    const laptop = result(jar.apply(await devicesStep(deps, ctx(), { step: "add" }))).others[0]!;
    jar.apply(await loginServer(deps, ctx(), "Grace"));
    const out = result(jar.apply(await devicesStep(deps, ctx(), { step: "sign-out-others" })));
    expect(out.explanation).toMatch(/No other live session of Grace.*logged in as someone else/);
    expect((await store.get(laptop.id))?.user).toBe("Ada");
  });

  it("asks for a session before adding or signing out others, refuses unknown devices and caps the list", async () => {
    const { deps, jar, ctx } = serverSetup();
    const noSession = await devicesStep(deps, ctx(), { step: "add" });
    expect(noSession.status).toBe(401);
    expect((noSession.body as ErrorBody).message).toMatch(/Log in first/);
    expect((await devicesStep(deps, ctx(), { step: "sign-out-others" })).status).toBe(401);
    expect((await devicesStep(deps, ctx(), { step: "request", device: 0 })).status).toBe(404);
    jar.apply(await loginServer(deps, ctx(), "Ada"));
    for (let i = 0; i < DEVICES_MAX; i++) expect(jar.apply(await devicesStep(deps, ctx(), { step: "add" })).status).toBe(200);
    expect(result(jar.apply(await devicesStep(deps, ctx(), { step: "list" }))).others.map((d) => d.label)).toEqual(["Laptop", "Phone", "Tablet"]);
    expect((await devicesStep(deps, ctx(), { step: "add" })).status).toBe(409);
  });

  it("logging this browser out leaves the other devices signed in, as in real apps", async () => {
    const { deps, jar, ctx } = serverSetup();
    jar.apply(await loginServer(deps, ctx(), "Ada"));
    jar.apply(await devicesStep(deps, ctx(), { step: "add" }));
    jar.apply(await logoutServer(deps, ctx()));
    const listed = result(jar.apply(await devicesStep(deps, ctx(), { step: "request", device: 0 })));
    expect(listed.thisBrowser).toBeNull();
    expect(listed.request?.outcome).toMatchObject({ state: "active", user: "Ada" });
  });

  it("reset deletes the devices' sessions and empties the list", async () => {
    const { deps, jar, ctx, store } = serverSetup();
    jar.apply(await loginServer(deps, ctx(), "Ada"));
    const phone = result(jar.apply(await devicesStep(deps, ctx(), { step: "add" }))).others[0]!;
    const reset = result(jar.apply(await devicesStep(deps, ctx(), { step: "reset" })));
    expect(reset.others).toEqual([]);
    expect(await store.get(phone.id)).toBeNull();
  });
});
