import { sealData, unsealData } from "iron-session";
import { z } from "zod";
import { sessionDataSchema, TOKEN_TTL_MS, type NoSessionReason } from "../contract";
import { ExpiringLru } from "../cache/expiring-lru";
import { looksLikeSeal } from "./seal-inspector";

/** What the sandbox keeps inside a seal. `sid` names the seal so logout can revoke it. */
export const sealedPayloadSchema = z.strictObject({
  sid: z.string().min(16).max(64),
  user: z.string(),
  data: sessionDataSchema,
  iat: z.number(),
});
export type SealedPayload = z.infer<typeof sealedPayloadSchema>;

export type OpenResult =
  /** expiresAt: the seal's own expiry field; iron still accepts it for IRON_SKEW_MS after. */
  | { ok: true; payload: SealedPayload; expiresAt: number }
  | { ok: false; reason: NoSessionReason; detail: string };

/** iron accepts a seal up to 60 s past its expiry, for clock skew between servers. */
export const IRON_SKEW_MS = 60_000;
const MAX_SEAL_CHARS = 4096;

export type SealedCodec = ReturnType<typeof createSealedCodec>;

/** The expiry iron wrote into a seal (its sixth `*`-separated field), in ms. */
const expiryOf = (seal: string): number => Number(seal.split("*")[5]);

const malformed = (): OpenResult => ({ ok: false, reason: "malformed", detail: "An iron seal is 8 `*`-separated fields starting with Fe26.2." });

/**
 * Seals and opens sandbox cookies with iron-session's own sealData/unsealData.
 * `passwords` is an id → password map (≥ 32 chars each); the highest id seals.
 */
export function createSealedCodec(passwords: Record<string, string>, options: { ttlMs?: number; memoEntries?: number } = {}) {
  const ttlMs = options.ttlMs ?? TOKEN_TTL_MS;
  const memo = new ExpiringLru<{ payload: SealedPayload; expiresAt: number }>(options.memoEntries ?? 512);

  /**
   * A seal this codec just made goes into the memo as what opening it would give (the payload parsed back from
   * the JSON that was sealed), so the browser's next request with it needs no decryption either. Only the
   * server's own output is put there; every value that arrives from elsewhere is still opened by iron-session.
   */
  /** Keeps an opened (or just-made) seal's payload until iron itself would refuse the seal. */
  function remember(value: string, payload: SealedPayload, expiresAt: number): void {
    memo.set(value, { payload, expiresAt }, expiresAt + IRON_SKEW_MS);
  }

  async function seal(payload: SealedPayload): Promise<string> {
    const value = await sealData(payload, { password: passwords, ttl: ttlMs / 1000 });
    const expiresAt = expiryOf(value);
    const parsed = sealedPayloadSchema.safeParse(JSON.parse(JSON.stringify(payload)));
    if (parsed.success && Number.isFinite(expiresAt)) remember(value, parsed.data, expiresAt);
    return value;
  }

  async function open(value: string, now = Date.now()): Promise<OpenResult> {
    if (value.length > MAX_SEAL_CHARS) return malformed();
    // A value in the memo was well-formed and verified when it went in, so the shape check can wait for a miss.
    const hit = memo.get(value, now);
    if (hit) return { ok: true, ...hit };
    if (!looksLikeSeal(value)) return malformed();
    // iron checks the expiry before the HMAC too, but against its own clock; this keeps `now` authoritative.
    if (expiryOf(value) + IRON_SKEW_MS <= now) {
      return { ok: false, reason: "expired", detail: "Iron allows 60 s of clock skew past the expiry field, and that has passed too." };
    }

    let failure: string | undefined;
    const data = await unsealData<Record<string, unknown>>(value, {
      password: passwords,
      ttl: ttlMs / 1000,
      onUnsealError: (reason) => {
        failure = reason;
      },
    });
    if (failure === "expired") return { ok: false, reason: "expired", detail: "Iron allows 60 s of clock skew past the expiry field, and that has passed too." };
    if (failure === "unknown-password") return { ok: false, reason: "unknown-key", detail: "Its password id is not among this server's secrets." };
    if (failure) return { ok: false, reason: "tampered", detail: "HMAC-SHA-256 over its fields does not match the HMAC it carries." };
    const parsed = sealedPayloadSchema.safeParse(data);
    if (!parsed.success) return { ok: false, reason: "malformed", detail: "The seal is authentic but does not hold a sandbox session." };
    const expiresAt = expiryOf(value);
    remember(value, parsed.data, expiresAt);
    return { ok: true, payload: parsed.data, expiresAt };
  }

  return { seal, open, ttlMs, memoSize: () => memo.size };
}
