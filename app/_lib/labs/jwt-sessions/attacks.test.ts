import { describe, expect, it } from "vitest";
import { createJwtCodec } from "@/app/_lib/sandbox/tokens/jwt-codec";
import { ATTACK_IDS, buildAttack } from "./attacks";
import { COMMON_SECRETS } from "./common-secrets";
import { decodeToken } from "./decode";
import { findSecret, hmacToken } from "./hmac";
import { lintToken } from "./lint";
import { naiveVerify } from "./naive";
import { verifyToken } from "./verify";

const NOW = 1_800_000_000;

describe("every attack: the naive verifier accepts it, the careful one and the sandbox's refuse it", () => {
  const sandbox = createJwtCodec({ "1": new Uint8Array(32).fill(7) });
  for (const id of ATTACK_IDS) {
    it(id, async () => {
      const attack = await buildAttack(id, NOW);
      const naive = await naiveVerify(attack.token, { key: attack.naiveKey, hosted: attack.hosted, now: NOW });
      expect(naive.accepted, naive.steps.join("\n")).toBe(true);
      const careful = await verifyToken({
        token: attack.token,
        keyKind: "secret",
        keyText: attack.naiveKey.includes("PUBLIC KEY") ? "a-real-secret-of-32-bytes-or-more!!" : attack.naiveKey,
        algorithms: ["HS256"],
        audience: "profile-api",
        requireExp: true,
        now: NOW,
      });
      expect(careful.ok).toBe(false);
      const server = await sandbox.verify(attack.token, NOW * 1000);
      expect(server.ok).toBe(false);
    });
  }
  it("the weak secret is found by the word list", async () => {
    const attack = await buildAttack("weak-secret", NOW);
    expect(attack.finding).toMatch(/Found the secret "secret" after 1 guess/);
  });
  it("duplicate claims: the naive verifier reads the last role", async () => {
    const attack = await buildAttack("duplicate-claims", NOW);
    const naive = await naiveVerify(attack.token, { key: attack.naiveKey, now: NOW });
    expect(naive.claims).toMatchObject({ role: "admin" });
  });
});

describe("the careful verifier on the attacks a pinned HS256 list does not stop by itself", () => {
  it("missing exp is refused when the policy requires exp", async () => {
    const attack = await buildAttack("missing-exp", NOW);
    const r = await verifyToken({ token: attack.token, keyKind: "secret", keyText: attack.naiveKey, algorithms: ["HS256"], requireExp: true, now: NOW });
    expect(r).toMatchObject({ ok: false, stage: "claims" });
  });
  it("a relayed token is refused by aud", async () => {
    const attack = await buildAttack("missing-aud", NOW);
    const r = await verifyToken({ token: attack.token, keyKind: "secret", keyText: attack.naiveKey, algorithms: ["HS256"], audience: "profile-api", now: NOW });
    expect(r).toMatchObject({ ok: false, stage: "claims", message: expect.stringContaining("billing-api") });
  });
  it("duplicate claims are refused before the signature", async () => {
    const attack = await buildAttack("duplicate-claims", NOW);
    const r = await verifyToken({ token: attack.token, keyKind: "secret", keyText: attack.naiveKey, algorithms: ["HS256"], now: NOW });
    expect(r).toMatchObject({ ok: false, stage: "token" });
  });
  it("embedded jwk: pinned to a JWKS the learner controls, the token's own key is never used", async () => {
    const attack = await buildAttack("embedded-jwk", NOW);
    const r = await verifyToken({ token: attack.token, keyKind: "jwks", keyText: '{"keys":[]}', algorithms: ["ES256"], now: NOW });
    expect(r.ok).toBe(false);
  });
});

describe("lint (RFC 8725)", () => {
  it("flags none, missing claims, long lifetime, personal data, risky headers, weak secrets", async () => {
    const none = decodeToken((await buildAttack("alg-none", NOW)).token);
    expect(lintToken(none, { maxLifetimeSec: 900, now: NOW }).map((f) => f.id)).toContain("alg-none");
    const t = await hmacToken('{"alg":"HS256","jku":"https://x.example/k","kid":"../../etc/passwd"}', `{"email":"a@b.example","iat":${NOW},"exp":${NOW + 86400}}`, "secret");
    const cracked = await findSecret(t, COMMON_SECRETS);
    const ids = lintToken(decodeToken(t), { maxLifetimeSec: 3600, now: NOW, secretIsCommon: cracked.secret !== null }).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["header-jku", "header-kid", "no-typ", "no-aud", "no-iss", "long-lifetime", "personal-data", "weak-secret"]));
    expect(ids).not.toContain("no-exp");
  });
  it("a clean token gets no risk findings", async () => {
    const t = await hmacToken('{"alg":"HS256","typ":"JWT"}', `{"iss":"a","aud":"b","sub":"42","iat":${NOW},"exp":${NOW + 300}}`, "k".repeat(32));
    expect(lintToken(decodeToken(t), { maxLifetimeSec: 900, now: NOW })).toEqual([]);
  });
});

describe("presets do what their notes say", () => {
  it("shop: valid signature with its secret, five lint risks; RFC 7519: expired; A.5: refused; RFC 7520: valid via JWKS", async () => {
    const { PRESETS, presetToken } = await import("./presets");
    const now = Math.floor(Date.now() / 1000);
    const results: Record<string, string> = {};
    for (const p of PRESETS) {
      const token = await presetToken(p, now);
      const r = await verifyToken({ token, keyKind: p.keyKind, keyText: p.keyText, secretEncoding: p.secretEncoding, algorithms: p.algorithms, now });
      results[p.id] = r.ok ? "ok" : r.stage;
    }
    expect(results).toEqual({ shop: "ok", rfc7519: "claims", "rfc7515-none": "algorithm", "rfc7520-jwks": "ok" });
    const shop = PRESETS[0]!;
    const risks = lintToken(decodeToken(await presetToken(shop, now)), { maxLifetimeSec: 3600, now, secretIsCommon: true }).filter((f) => f.level === "risk");
    expect(risks.map((f) => f.id).sort()).toEqual(["long-lifetime", "no-aud", "personal-data", "weak-secret"]);
  });
});
