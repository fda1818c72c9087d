import { sealData, unsealData } from "iron-session";
import { describe, expect, it, vi } from "vitest";
import { createSealedCodec, IRON_SKEW_MS, type SealedPayload } from "./sealed-codec";
import { looksLikeSeal, payloadWithoutSecret, splitSeal } from "./seal-inspector";

// The real unsealData, wrapped so a test can count decryptions.
vi.mock("iron-session", async (importOriginal) => {
  const iron = await importOriginal<typeof import("iron-session")>();
  return { ...iron, unsealData: vi.fn(iron.unsealData) };
});

const passwords = { "1": "a-test-password-that-is-32-chars-long!!" };
const payload: SealedPayload = { sid: "s".repeat(22), user: "Ana", data: { theme: "dark" }, iat: 1 };

function flipAt(value: string, index: number): string {
  const c = value[index]!;
  return value.slice(0, index) + (c === "A" ? "B" : "A") + value.slice(index + 1);
}

describe("splitSeal", () => {
  it("names the 8 fields and the ~2 suffix of a real iron-session seal", async () => {
    const seal = await createSealedCodec(passwords).seal(payload);
    const fields = splitSeal(seal)!;
    expect(fields.map((f) => f.name)).toEqual(["prefix", "passwordId", "encryptionSalt", "iv", "encryptedPayload", "expiresAt", "hmacSalt", "hmac", "version"]);
    expect(fields[0]!.value).toBe("Fe26.2");
    expect(fields[1]!.value).toBe("1");
    expect(fields[8]!.value).toBe("~2");
    expect(fields.every((f) => f.explanation.length > 20)).toBe(true);
  });

  it.each([["garbage", "hello"], ["7 fields", "Fe26.2*1*a*b*c*1*d"], ["wrong prefix", "Fe26.1*1*a*b*c*1*d*e~2"]])("returns null for %s", (_l, value) => {
    expect(splitSeal(value)).toBeNull();
  });

  it("shape check refuses non-base64url fields and a non-numeric expiry", () => {
    expect(looksLikeSeal("Fe26.2*1*a*b*c*1*d*e~2")).toBe(true);
    expect(looksLikeSeal("Fe26.2*1*a*b*c*soon*d*e~2")).toBe(false);
    expect(looksLikeSeal("Fe26.2*1*a b*b*c*1*d*e~2")).toBe(false);
  });

  it("shows that the payload is unreadable without the secret", async () => {
    const seal = await createSealedCodec(passwords).seal({ ...payload, data: { secret: "visible?" } });
    const view = payloadWithoutSecret(seal)!;
    expect(view.readable).toBe(false);
    expect(view.bytes % 16).toBe(0); // AES-CBC blocks
    expect(Buffer.from(seal).toString()).not.toContain("visible?");
  });
});

describe("createSealedCodec", () => {
  it("round-trips a payload and reports the seal's expiry", async () => {
    const codec = createSealedCodec(passwords, { ttlMs: 600_000 });
    const before = Date.now();
    const seal = await codec.seal(payload);
    const opened = await codec.open(seal);
    expect(opened).toMatchObject({ ok: true, payload });
    if (opened.ok) expect(opened.expiresAt).toBeGreaterThanOrEqual(before + 600_000);
  });

  it("memoizes a verified seal by its exact value", async () => {
    const codec = createSealedCodec(passwords);
    // Sealed elsewhere (iron-session itself), so this codec has to verify it.
    const seal = await sealData(payload, { password: passwords, ttl: 600 });
    vi.mocked(unsealData).mockClear();
    const first = await codec.open(seal);
    expect(unsealData).toHaveBeenCalledTimes(1);
    // A hit answers from the memo: the same result, with no second decryption.
    expect(await codec.open(seal)).toEqual(first);
    expect(unsealData).toHaveBeenCalledTimes(1);
    expect(codec.memoSize()).toBe(1);
    // Any other value, even the same payload sealed again, is verified on its own.
    await codec.open(await sealData(payload, { password: passwords, ttl: 600 }));
    expect(unsealData).toHaveBeenCalledTimes(2);
  });

  it("opens a seal it issued itself from the memo, exactly as iron-session opens it", async () => {
    const codec = createSealedCodec(passwords, { ttlMs: 600_000 });
    const seal = await codec.seal(payload);
    vi.mocked(unsealData).mockClear();
    const fromMemo = await codec.open(seal);
    expect(unsealData).not.toHaveBeenCalled();
    const fresh = await createSealedCodec(passwords, { ttlMs: 600_000 }).open(seal);
    expect(unsealData).toHaveBeenCalledTimes(1);
    expect(fromMemo).toEqual(fresh);
    expect(fresh).toMatchObject({ ok: true, payload, expiresAt: Number(seal.split("*")[5]) });
  });

  it("never serves a memoized seal after its expiry (plus iron's skew)", async () => {
    const codec = createSealedCodec(passwords);
    const seal = await codec.seal(payload);
    const opened = await codec.open(seal);
    expect(opened.ok).toBe(true);
    const expiry = Number(seal.split("*")[5]);
    expect(await codec.open(seal, expiry + IRON_SKEW_MS + 1)).toMatchObject({ ok: false, reason: "expired" });
  });

  it("says tampered when any character before the HMAC changes", async () => {
    const codec = createSealedCodec(passwords);
    const seal = await codec.seal(payload);
    const fields = seal.split("*");
    const payloadStart = fields.slice(0, 4).join("*").length + 1;
    expect(await codec.open(flipAt(seal, payloadStart + 5))).toMatchObject({ ok: false, reason: "tampered" });
    const hmacStart = seal.lastIndexOf("*") + 1;
    expect(await codec.open(flipAt(seal, hmacStart + 3))).toMatchObject({ ok: false, reason: "tampered" });
  });

  it("says tampered when the expiry is pushed into the future", async () => {
    const codec = createSealedCodec(passwords);
    const fields = (await codec.seal(payload)).split("*");
    fields[5] = String(Number(fields[5]) + 86_400_000);
    expect(await codec.open(fields.join("*"))).toMatchObject({ ok: false, reason: "tampered" });
  });

  it("says expired for a seal past its expiry", async () => {
    const codec = createSealedCodec(passwords, { ttlMs: 1000 });
    const seal = await codec.seal(payload);
    expect(await codec.open(seal, Date.now() + 1000 + IRON_SKEW_MS + 5)).toMatchObject({ ok: false, reason: "expired" });
  });

  it("says unknown-key for a seal made with a password id we do not hold", async () => {
    const other = await sealData(payload, { password: { "7": "another-password-of-at-least-32-chars" }, ttl: 600 });
    expect(await createSealedCodec(passwords).open(other)).toMatchObject({ ok: false, reason: "unknown-key" });
  });

  it("says tampered for a seal of the same id made with another secret", async () => {
    const forged = await sealData(payload, { password: { "1": "an-attacker-password-of-32-chars-or-more" }, ttl: 600 });
    expect(await createSealedCodec(passwords).open(forged)).toMatchObject({ ok: false, reason: "tampered" });
  });

  it("unseals with an older password after rotation and seals with the newest", async () => {
    const old = createSealedCodec(passwords);
    const rotated = createSealedCodec({ ...passwords, "2": "the-new-password-is-also-32-chars-long" });
    const oldSeal = await old.seal(payload);
    expect((await rotated.open(oldSeal)).ok).toBe(true);
    expect((await rotated.seal(payload)).split("*")[1]).toBe("2");
  });

  it("refuses an authentic seal that does not hold a sandbox payload", async () => {
    const foreign = await sealData({ progress: {} }, { password: passwords, ttl: 600 });
    expect(await createSealedCodec(passwords).open(foreign)).toMatchObject({ ok: false, reason: "malformed" });
  });

  it.each([
    ["empty", ""],
    ["plain text", "hello"],
    ["a JWT", "eyJhbGciOiJIUzI1NiJ9.e30.abc"],
    ["huge", "Fe26.2*1*" + "A".repeat(5000)],
    ["stars only", "*******"],
    ["unicode", "Fe26.2*1*é*b*c*1*d*e~2"],
  ])("says malformed for %s", async (_label, value) => {
    expect(await createSealedCodec(passwords).open(value)).toMatchObject({ ok: false, reason: "malformed" });
  });
});
