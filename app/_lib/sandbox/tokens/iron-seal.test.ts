import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { sealData, unsealData } from "iron-session";
import { describe, expect, it } from "vitest";
import { ironSeal, sealingPassword } from "./iron-seal";

const passwords = { "1": "a-test-password-that-is-32-chars-long!!", "3": randomBytes(32).toString("base64url") };
const ttlMs = 600_000;

async function ironOpens(seal: string, password: Record<string, string> = passwords): Promise<{ data: unknown; error: string | null }> {
  let error: string | null = null;
  const data = await unsealData(seal, { password, ttl: ttlMs / 1000, onUnsealError: (reason) => (error = reason) });
  return { data, error };
}

const jsonData = fc.record({
  sid: fc.string({ minLength: 16, maxLength: 64 }),
  user: fc.string({ unit: "binary", maxLength: 40 }),
  data: fc.dictionary(fc.string({ unit: "binary", maxLength: 20 }), fc.string({ unit: "binary", maxLength: 200 }), { maxKeys: 8 }),
  iat: fc.integer(),
});

describe("ironSeal", () => {
  it("makes seals that iron-session's own unsealData opens to the same data", async () => {
    await fc.assert(
      fc.asyncProperty(jsonData, async (payload) => {
        const opened = await ironOpens(ironSeal(payload, passwords, { ttlMs }));
        expect(opened.error).toBeNull();
        expect(opened.data).toEqual(JSON.parse(JSON.stringify(payload)));
      }),
      { numRuns: 150 },
    );
  });

  it("has the shape of iron-session's seal: same fields, same lengths, newest password id, ~2 suffix", async () => {
    const payload = { sid: "s".repeat(22), user: "Ana", data: { theme: "dark" }, iat: 1 };
    const before = Date.now();
    const ours = ironSeal(payload, passwords, { ttlMs });
    const theirs = await sealData(payload, { password: passwords, ttl: ttlMs / 1000 });
    const shape = (seal: string) => {
      const [body, suffix] = seal.split("~");
      const f = body!.split("*");
      return [f.length, f[0], f[1], f[2]!.length, /^[0-9a-f]+$/.test(f[2]!), Buffer.from(f[3]!, "base64url").length, Buffer.from(f[4]!, "base64url").length, f[6]!.length, Buffer.from(f[7]!, "base64url").length, suffix];
    };
    expect(shape(ours)).toEqual(shape(theirs));
    expect(shape(ours)).toEqual([8, "Fe26.2", "3", 64, true, 16, 80, 64, 32, "2"]);
    const expiry = Number(ours.split("*")[5]);
    expect(expiry).toBeGreaterThanOrEqual(before + ttlMs);
    expect(expiry).toBeLessThanOrEqual(Date.now() + ttlMs);
  });

  it("draws fresh salts and a fresh IV for every seal, so equal data never seals alike", () => {
    const payload = { sid: "s".repeat(22), user: "Ana", data: {}, iat: 1 };
    const seals = Array.from({ length: 20 }, () => ironSeal(payload, passwords, { ttlMs, now: 1_000 }).split("*"));
    for (const field of [2, 3, 4, 6, 7]) expect(new Set(seals.map((f) => f[field])).size, `field ${field}`).toBe(20);
  });

  it("is refused by iron-session after any change before the HMAC, under another secret, or past its expiry", async () => {
    const payload = { sid: "s".repeat(22), user: "Ana", data: { role: "user" }, iat: 1 };
    const seal = ironSeal(payload, passwords, { ttlMs });
    const fields = seal.split("*");
    for (const index of [2, 3, 4, 6]) {
      const changed = [...fields];
      changed[index] = changed[index]!.slice(0, -3) + (changed[index]!.endsWith("AAA") ? "BBB" : "AAA");
      expect((await ironOpens(changed.join("*"))).error, `field ${index}`).toBe("invalid");
    }
    const later = [...fields];
    later[5] = String(Number(later[5]) + 86_400_000);
    expect((await ironOpens(later.join("*"))).error).toBe("invalid");
    expect((await ironOpens(seal, { "3": randomBytes(32).toString("base64url") })).error).toBe("invalid");
    const expired = ironSeal(payload, passwords, { ttlMs: 1_000, now: Date.now() - 120_000 });
    expect((await ironOpens(expired)).error).toBe("expired");
  });

  it("derives its keys from the salts it writes: fixed randomness gives a fixed seal", () => {
    const payload = { sid: "s".repeat(22), user: "Ana", data: {}, iat: 1 };
    let counter = 0;
    const random = (n: number) => Buffer.alloc(n, ++counter);
    const a = ironSeal(payload, passwords, { ttlMs, now: 5, random });
    counter = 0;
    expect(ironSeal(payload, passwords, { ttlMs, now: 5, random })).toBe(a);
    expect(a.split("*")[2]).toBe("01".repeat(32));
    expect(a.split("*")[6]).toBe("03".repeat(32));
  });

  it("refuses what iron-session refuses to seal with", () => {
    expect(() => ironSeal({}, { "1": "too-short" }, { ttlMs })).toThrow(/32 characters/);
    expect(() => ironSeal({}, { primary: passwords["1"] }, { ttlMs })).toThrow(/keyed by numbers/);
    expect(sealingPassword({ "2": "b".repeat(32), "10": "c".repeat(32) })).toEqual({ id: "10", secret: "c".repeat(32) });
  });
});
