import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sealData, unsealData } from "iron-session";
import {
  WeakSecretError,
  loadOrCreateLocalSecret,
  parseSecretSetting,
  resetSecretsForTests,
  sessionSecrets,
} from "./secrets";
import { learnerCookieOptions, LEARNER_COOKIE_NAME } from "./learner-cookie";

const strong = "k3Jd9-Qm2vX7pL0zR8sT4wY6uB1nC5eHgA";
const strongToo = "Zx8Vb2Nm4Lk6Jh0Gf3Ds5Ap7Qw9Er1TyU";

afterEach(() => {
  resetSecretsForTests();
  vi.restoreAllMocks();
});

describe("parseSecretSetting", () => {
  it("takes one strong secret as id 1", () => {
    expect(parseSecretSetting(strong)).toEqual({ "1": strong });
  });

  it("rejects a short secret and says how long it must be", () => {
    expect(() => parseSecretSetting("too-short")).toThrow(WeakSecretError);
    expect(() => parseSecretSetting("too-short")).toThrow(/at least 32/);
  });

  it("rejects a long secret made of a few repeated characters", () => {
    expect(() => parseSecretSetting("a".repeat(40))).toThrow(/distinct characters/);
  });

  it("takes a rotation map and validates each entry", () => {
    expect(parseSecretSetting(JSON.stringify({ 2: strongToo, 1: strong }))).toEqual({ "1": strong, "2": strongToo });
    expect(() => parseSecretSetting(JSON.stringify({ 2: strongToo, 1: "short" }))).toThrow(/id 1 is 5 characters/);
    expect(() => parseSecretSetting(JSON.stringify({ new: strong }))).toThrow(/positive integer/);
    expect(() => parseSecretSetting("{not json")).toThrow(/not valid JSON/);
    expect(() => parseSecretSetting("{}")).toThrow(/empty/);
  });
});

describe("sessionSecrets", () => {
  it("prefers SESSION_SECRET over the data folder", () => {
    expect(sessionSecrets({ SESSION_SECRET: strong, DATA_DIR: "/nonexistent" })).toEqual({ "1": strong });
  });

  it("generates a secret once, with mode 0600, warns, and reuses it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lab-secret-"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const first = sessionSecrets({ DATA_DIR: dir });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/SESSION_SECRET is not set/));
    const file = path.join(dir, "session-secret");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first["1"]).toBe(readFileSync(file, "utf8").trim());
    expect(first["1"]!.length).toBeGreaterThanOrEqual(32);

    resetSecretsForTests();
    const again = loadOrCreateLocalSecret(dir);
    expect(again).toMatchObject({ created: false, secret: first["1"] });
  });

  it("refuses a generated file that someone replaced with a weak secret", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lab-secret-"));
    writeFileSync(path.join(dir, "session-secret"), "weak\n");
    expect(() => loadOrCreateLocalSecret(dir)).toThrow(WeakSecretError);
  });
});

describe("learner cookie options", () => {
  it("are HttpOnly, Secure, SameSite=Lax, Path=/ with a __Host- name", () => {
    const options = learnerCookieOptions({ "1": strong });
    expect(options.cookieName).toBe(LEARNER_COOKIE_NAME);
    expect(LEARNER_COOKIE_NAME.startsWith("__Host-")).toBe(true);
    expect(options.cookieOptions).toMatchObject({ httpOnly: true, secure: true, sameSite: "lax", path: "/" });
    expect(options.cookieOptions).not.toHaveProperty("domain");
  });

  it("seal with the newest secret and still open cookies sealed with an older one", async () => {
    const old = await sealData({ progress: {} }, { password: { 1: strong } });
    const rotated = { "1": strong, "2": strongToo };
    expect(await unsealData(old, { password: rotated })).toEqual({ progress: {} });
    const fresh = await sealData({ a: 1 }, { password: rotated });
    expect(fresh.split("*")[1]).toBe("2");
    expect(await unsealData(fresh, { password: { 1: strong } })).toEqual({});
  });
});
