import { describe, expect, it } from "vitest";
import { sealData } from "iron-session";
import { splitSeal } from "./seal-fields";

const password = "a-test-password-that-is-32-chars-long!!";

describe("splitSeal", () => {
  it("splits a real iron-session seal into its eight fields and the ~2 suffix", async () => {
    const sealed = await sealData({ name: "ada" }, { password, ttl: 120 });
    const split = splitSeal(sealed);
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    expect(split.fields.map((f) => f.label)).toEqual([
      "Format", "Password id", "Encryption salt", "IV", "Ciphertext", "Expiry", "HMAC salt", "HMAC",
    ]);
    expect(split.fields[0]?.value).toBe("Fe26.2");
    expect(split.version).toBe("2");
    expect(split.expiresAt).toBeGreaterThan(Date.now());
    // The ciphertext must not contain the plaintext: that is what the page claims.
    expect(split.fields[4]?.value).not.toContain("ada");
  });

  it("explains a value with the wrong number of fields", () => {
    const split = splitSeal("Fe26.2*1*abc~2");
    expect(split).toEqual({ ok: false, reason: 'A seal has 8 fields separated by "*"; this value has 3.' });
  });
});
