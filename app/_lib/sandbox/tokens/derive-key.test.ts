import { createHash } from "node:crypto";
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
    // Neither key is the secret's own bytes, nor a plain hash of it.
    for (const key of [sealed, jwt]) {
      expect(key.equals(Buffer.from(secret).subarray(0, 32))).toBe(false);
      expect(key.equals(createHash("sha256").update(secret).digest())).toBe(false);
    }
  });

  it("is HKDF-SHA-256 (RFC 5869) with our salt and the purpose as info, checked against WebCrypto's HKDF", async () => {
    const ikm = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), "HKDF", false, ["deriveBits"]);
    for (const purpose of ["sealed-cookie", "jwt-hs256"] as const) {
      const bits = await crypto.subtle.deriveBits(
        { name: "HKDF", hash: "SHA-256", salt: new TextEncoder().encode("session-lab/sandbox/v1"), info: new TextEncoder().encode(purpose) },
        ikm,
        256,
      );
      expect(deriveSandboxKey(secret, purpose).toString("hex")).toBe(Buffer.from(bits).toString("hex"));
    }
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
