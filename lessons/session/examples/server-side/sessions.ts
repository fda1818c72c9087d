import { randomBytes } from "node:crypto";
import { z } from "zod";

/** What the server keeps per session. The cookie carries none of it: only the ID. */
export const sessionRecordSchema = z.object({
  userId: z.string().optional(),
  cart: z.array(z.string()),
  createdAt: z.number(), // ms; the absolute timeout counts from here
  lastSeenAt: z.number(), // ms; the idle timeout counts from here
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export interface SessionStore {
  get(id: string): Promise<SessionRecord | undefined>;
  set(id: string, record: SessionRecord, ttlSeconds: number): Promise<void>;
  delete(id: string): Promise<void>;
}

export const IDLE_TIMEOUT_MS = 30 * 60_000; // OWASP: 15–30 min for low-risk apps
export const ABSOLUTE_TIMEOUT_MS = 8 * 60 * 60_000; // OWASP: 4–8 h, one office day

/** 16 bytes = 128 bits from the operating system's CSPRNG, as 22 URL-safe characters. */
export function newSessionId(): string {
  return randomBytes(16).toString("base64url");
}

/** The session behind a cookie's ID, or undefined. Expired sessions are deleted on sight. */
export async function readSession(store: SessionStore, id: string | undefined, now = Date.now()) {
  if (!id || !/^[A-Za-z0-9_-]{22}$/.test(id)) return undefined; // junk never reaches the store
  const record = await store.get(id);
  if (!record) return undefined;
  if (now - record.lastSeenAt > IDLE_TIMEOUT_MS || now - record.createdAt > ABSOLUTE_TIMEOUT_MS) {
    await store.delete(id);
    return undefined;
  }
  const touched = { ...record, lastSeenAt: now };
  await store.set(id, touched, ttlSeconds(touched, now));
  return touched;
}

/**
 * Call on login and on every privilege change: the data moves to a NEW ID and the old ID dies,
 * so an ID an attacker planted or sniffed before this moment is worth nothing after it.
 */
export async function regenerate(
  store: SessionStore,
  oldId: string | undefined,
  changes: Partial<Pick<SessionRecord, "userId" | "cart">>,
  now = Date.now(),
): Promise<string> {
  const old = await readSession(store, oldId, now);
  if (old && oldId) await store.delete(oldId);
  const userId = "userId" in changes ? changes.userId : old?.userId;
  const record: SessionRecord = {
    userId,
    cart: changes.cart ?? old?.cart ?? [],
    // The absolute clock starts at login and keeps running through privilege changes.
    createdAt: old && userId && old.userId === userId ? old.createdAt : now,
    lastSeenAt: now,
  };
  const id = newSessionId();
  await store.set(id, record, ttlSeconds(record, now));
  return id;
}

/** Logout: deleting the record is what ends the session; clearing the cookie is a courtesy. */
export async function endSession(store: SessionStore, id: string | undefined): Promise<void> {
  if (id) await store.delete(id);
}

// The store forgets a session as soon as either timeout would end it, so abandoned ones do not pile up.
function ttlSeconds(record: SessionRecord, now: number): number {
  const end = Math.min(record.lastSeenAt + IDLE_TIMEOUT_MS, record.createdAt + ABSOLUTE_TIMEOUT_MS);
  return Math.max(1, Math.ceil((end - now) / 1000));
}

/** No Max-Age or Expires: a browser-session cookie. The server's timeouts decide the rest. */
export function sessionCookie(id: string): string {
  return `__Host-sid=${id}; Path=/; Secure; HttpOnly; SameSite=Lax`;
}

export const expiredSessionCookie = "__Host-sid=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0";
