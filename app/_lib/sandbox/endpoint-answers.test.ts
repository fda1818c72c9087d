import { describe, expect, it } from "vitest";
import { Jar, tempStore } from "@/testing/sandbox";
import { composeSandbox } from "./compose";
import { responseSchemaFor, endpoints, type EndpointName } from "./endpoints";
import type { Outcome, RequestContext } from "./kinds/outcome";
import * as server from "./kinds/server-service";
import * as token from "./kinds/token-service";
import { devicesStep } from "./labs/devices-lab";
import { fixationStep, loginUnderFixationLab } from "./labs/fixation-lab";
import * as lb from "./labs/lb-service";

/**
 * What each action hands its route is what the endpoint table promises: the e2e suite checks this over
 * HTTP; this checks it for every action and status without a server, refusals included.
 */
function setup() {
  const store = tempStore();
  const sandbox = composeSandbox({ secrets: { "1": "s".repeat(32) }, openStore: () => store, clock: Date.now, rateLimit: null });
  const jar = new Jar();
  const ctx = (): RequestContext => ({ cookieHeader: jar.header(), now: sandbox.clock() });
  const seen: string[] = [];
  const check = async (name: EndpointName, run: Promise<Outcome>) => {
    const outcome = jar.apply(await run);
    const parsed = responseSchemaFor(endpoints[name], outcome.status).safeParse(outcome.body);
    expect(parsed.error?.issues ?? [], `${name} ${outcome.status}`).toEqual([]);
    seen.push(`${name} ${outcome.status}`);
    return outcome;
  };
  return { sandbox, ctx, check, seen };
}

describe("every action's answer matches the endpoint table", () => {
  it.each(["sealed", "jwt"] as const)("%s kind", async (kind) => {
    const { sandbox, ctx, check, seen } = setup();
    const deps = sandbox.token(kind);
    await check("read", token.readToken(deps, ctx()));
    await check("putData", token.putToken(deps, ctx(), "k", "v"));
    await check("login", token.loginToken(deps, ctx(), "Ana"));
    await check("putData", token.putToken(deps, ctx(), "k", "v"));
    await check("putData", token.putToken(deps, ctx(), "big", "x".repeat(3000)));
    await check("removeData", token.removeToken(deps, ctx(), "missing"));
    await check("removeData", token.removeToken(deps, ctx(), "k"));
    await check("regenerate", token.regenerateToken(deps, ctx()));
    await check("tamper", token.tamperToken(deps, ctx(), "signature"));
    await check("replay", token.replayToken(deps, ctx(), true));
    await check("logout", token.logoutToken(deps, ctx()));
    await check("replay", token.replayToken(deps, ctx(), true));
    await check("read", token.readToken(deps, ctx()));
    if (kind === "jwt") {
      const none = await check("jwtCheck", token.checkJwt(deps, ctx(), "eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWxsb3J5In0."));
      expect(none.body).toMatchObject({ outcome: { state: "none", reason: "wrong-alg" } });
      await check("login", token.loginToken(deps, ctx(), "Ana"));
      const own = /__Host-sbx-jwt=([^;]+)/.exec(ctx().cookieHeader ?? "")?.[1] ?? "";
      const mine = await check("jwtCheck", token.checkJwt(deps, ctx(), own));
      expect(mine.body).toMatchObject({ outcome: { state: "active", user: "Ana" } });
    }
    expect(seen.filter((s) => !s.endsWith(" 200")).length).toBeGreaterThanOrEqual(3);
  });

  it("server kind and the fixation lab", async () => {
    const { sandbox, ctx, check, seen } = setup();
    const deps = sandbox.server;
    await check("read", server.readServer(deps, ctx()));
    await check("regenerate", server.regenerateServer(deps, ctx()));
    await check("login", loginUnderFixationLab(deps, ctx(), "Ana"));
    await check("putData", server.putServer(deps, ctx(), "k", "v"));
    await check("removeData", server.removeServer(deps, ctx(), "missing"));
    await check("regenerate", server.regenerateServer(deps, ctx()));
    await check("tamper", server.tamperServer(deps, ctx()));
    await check("logout", server.logoutServer(deps, ctx()));
    await check("replay", server.replayServer(deps, ctx(), false));
    await check("fixation", fixationStep(deps, ctx(), { mode: "vulnerable", step: "attacker" }));
    for (const step of ["plant", "login", "attacker", "reset"] as const) {
      await check("fixation", fixationStep(deps, ctx(), { mode: "vulnerable", step, name: "Victim" }));
    }
    expect(seen.filter((s) => !s.endsWith(" 200")).length).toBeGreaterThanOrEqual(3);
  });

  it("the \"your sessions\" lab", async () => {
    const { sandbox, ctx, check, seen } = setup();
    const deps = sandbox.server;
    await check("devices", devicesStep(deps, ctx(), { step: "add" }));
    await check("devices", devicesStep(deps, ctx(), { step: "request", device: 0 }));
    await check("login", server.loginServer(deps, ctx(), "Ana"));
    for (const step of ["list", "add", "add", "add", "add"] as const) await check("devices", devicesStep(deps, ctx(), { step }));
    await check("devices", devicesStep(deps, ctx(), { step: "sign-out-others" }));
    await check("devices", devicesStep(deps, ctx(), { step: "request", device: 2 }));
    await check("devices", devicesStep(deps, ctx(), { step: "reset" }));
    expect(seen).toEqual(expect.arrayContaining(["devices 401", "devices 404", "devices 409", "devices 200"]));
  });

  it("load-balancer lab", async () => {
    const { sandbox, ctx, check, seen } = setup();
    const deps = sandbox.lb;
    await check("lbRead", lb.readLb(deps, ctx()));
    await check("lbConfigure", lb.configureLb(deps, ctx(), { strategy: "sticky-cookie", storage: "per-node-memory", nodes: 2 }));
    await check("lbRequest", lb.sendLb(deps, ctx(), { client: "ana" }));
    await check("lbNode", lb.nodeLb(deps, ctx(), { node: 1, action: "kill" }));
    await check("lbNode", lb.nodeLb(deps, ctx(), { node: 2, action: "kill" }));
    await check("lbNode", lb.nodeLb(deps, ctx(), { node: 5, action: "kill" }));
    await check("lbReset", lb.resetLb(deps, ctx()));
    expect(seen).toContain("lbNode 409");
    expect(seen).toContain("lbNode 422");
  });
});
