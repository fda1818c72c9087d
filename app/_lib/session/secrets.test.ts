import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getIronSession } from "iron-session";
import {
  WeakSecretError,
  loadOrCreateLocalSecret,
  parseSecretSetting,
  resetSecretsForTests,
  sessionSecrets,
} from "./secrets";
import { learnerCookieOptions, LEARNER_COOKIE_TTL_SECONDS, type LearnerSession } from "./learner-cookie";

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
  /** Saves progress through iron-session with our options into a real Response, and returns its Set-Cookie header. */
  async function save(secrets: Record<string, string>, progress: LearnerSession["progress"], cookie?: string) {
    const request = new Request("https://lab.example/api/progress/session", { headers: cookie ? { cookie } : {} });
    const response = new Response();
    const session = await getIronSession<LearnerSession>(request, response, learnerCookieOptions(secrets));
    const before = session.progress;
    session.progress = progress;
    await session.save();
    return { before, setCookie: response.headers.get("set-cookie")! };
  }
  const progress = { session: { score: 9, total: 10, missed: ["q3"], best: 9, attempts: 1, updatedAt: "2026-11-02T10:00:00.000Z" } };
  const pair = (setCookie: string) => setCookie.split(";")[0]!;

  it("set a __Host- cookie that meets the prefix's rules: Secure, Path=/, no Domain; and HttpOnly, SameSite=Lax", async () => {
    const { setCookie } = await save({ "1": strong }, progress);
    expect(setCookie).toMatch(/^__Host-[^=;]+=Fe26\.2\*/);
    const attributes = setCookie.split(";").slice(1).map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["secure", "httponly", "path=/", "samesite=lax"]));
    expect(attributes.some((a) => a.startsWith("domain="))).toBe(false);
    // The cookie lasts as long as LEARNER_COOKIE_TTL_SECONDS says (iron-session takes 60 s off for clock skew).
    expect(attributes).toContain(`max-age=${LEARNER_COOKIE_TTL_SECONDS - 60}`);
  });

  it("after a rotation, open progress sealed with the old secret and re-seal it with the new one", async () => {
    const old = await save(parseSecretSetting(strong), progress);
    const rotated = parseSecretSetting(JSON.stringify({ 1: strong, 2: strongToo }));
    const reopened = await save(rotated, progress, pair(old.setCookie));
    expect(reopened.before).toEqual(progress);
    expect(pair(reopened.setCookie).split("*")[1]).toBe("2");
    // Once the old secret is dropped, old cookies open empty instead of failing the page.
    const dropped = await save(parseSecretSetting(JSON.stringify({ 2: strongToo })), {}, pair(old.setCookie));
    expect(dropped.before).toBeUndefined();
  });
});
