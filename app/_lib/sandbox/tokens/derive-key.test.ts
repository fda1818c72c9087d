import { describe, expect, it } from "vitest";
import { deriveSandboxKey, jwtKeys, sealedPasswords } from "./derive-key";

describe("deriveSandboxKey", () => {
  const secret = "a-secret-that-is-long-enough-for-the-test";

  it("gives 256-bit keys that differ per purpose and from the secret itself", () => {
    const sealed = deriveSandboxKey(secret, "sealed-cookie");
    const jwt = deriveSandboxKey(secret, "jwt-hs256");
    expect(sealed).toHaveLength(32);
    expect(jwt).toHaveLength(32);
    expect(sealed.equals(jwt)).toBe(false);
    expect(sealed.toString("utf8")).not.toContain(secret);
  });

  it("is stable for a secret, so every server process derives the same keys", () => {
    expect(deriveSandboxKey(secret, "jwt-hs256").equals(deriveSandboxKey(secret, "jwt-hs256"))).toBe(true);
  });

  it("keeps rotation ids: one derived key per secret id", () => {
    const secrets = { "1": secret, "2": `${secret}-rotated` };
    expect(Object.keys(sealedPasswords(secrets))).toEqual(["1", "2"]);
    expect(sealedPasswords(secrets)["1"]!.length).toBeGreaterThanOrEqual(32);
    expect(jwtKeys(secrets)["2"]).toHaveLength(32);
  });
});
