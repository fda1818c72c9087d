import { describe, expect, it } from "vitest";
import { serverSetup } from "@/testing/sandbox";
import { SANDBOX_COOKIE_NAMES, type FixationResult, type SandboxView } from "../contract";
import { loginServer } from "../kinds/server-service";
import { fixationStep, loginUnderFixationLab } from "./fixation-lab";

const SID = SANDBOX_COOKIE_NAMES.server;

const setup = serverSetup;

describe("fixation lab", () => {
  async function run(mode: "vulnerable" | "regenerate") {
    const { deps, jar, ctx } = setup();
    const plant = jar.apply(await fixationStep(deps, ctx(), { mode, step: "plant" }));
    const planted = (plant.body as FixationResult).fixation.attackerId!;
    expect(jar.get(SID)).toBe(planted);
    const login = jar.apply(await fixationStep(deps, ctx(), { mode, step: "login", name: "Victim" }));
    const attacker = (await fixationStep(deps, ctx(), { mode, step: "attacker" })).body as FixationResult;
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
    expect((await fixationStep(deps, ctx(), { mode: "vulnerable", step: "attacker" })).status).toBe(409);
    expect((await fixationStep(deps, ctx(), { mode: "vulnerable", step: "login" })).status).toBe(422);
  });

  it("the ordinary login endpoint keeps a planted ID only while the lab is in vulnerable mode", async () => {
    for (const mode of ["vulnerable", "regenerate"] as const) {
      const { deps, jar, ctx } = setup();
      const planted = ((jar.apply(await fixationStep(deps, ctx(), { mode, step: "plant" }))).body as FixationResult).fixation.attackerId;
      const login = jar.apply(await loginUnderFixationLab(deps, ctx(), "Victim")).body as SandboxView;
      expect(login.inspect.kind === "server" && login.inspect.id === planted, mode).toBe(mode === "vulnerable");
    }
  });

  it("a server-kind login outside the lab always issues a new ID, whatever cookie the browser had", async () => {
    const { deps, jar, ctx } = setup();
    const planted = ((jar.apply(await fixationStep(deps, ctx(), { mode: "vulnerable", step: "plant" }))).body as FixationResult).fixation.attackerId;
    jar.apply(await loginServer(deps, ctx(), "Victim"));
    expect(jar.get(SID)).not.toBe(planted);
  });
});
