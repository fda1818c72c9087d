import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";

const sessionSchema = z.object({ userId: z.string().optional(), cart: z.array(z.string()), createdAt: z.number() });
export const IDLE_SECONDS = 30 * 60; // OWASP: 15–30 min for low-risk apps
export const ABSOLUTE_MS = 8 * 60 * 60_000; // OWASP: 4–8 h, one office day

/** The cookie holds only this: 128 bits from the OS's CSPRNG, as 22 URL-safe characters. */
export const newSessionId = () => randomBytes(16).toString("base64url");

export async function readSession(redis: Redis, id: string, now = Date.now()) {
  if (!/^[\w-]{22}$/.test(id)) return undefined; // junk never reaches the store
  const json = await redis.getex(`sess:${id}`, "EX", IDLE_SECONDS); // restarts the idle clock
  const session = json === null ? undefined : sessionSchema.parse(JSON.parse(json));
  return session && now - session.createdAt <= ABSOLUTE_MS ? session : undefined;
}

/** At login and every privilege change: the data moves to a NEW ID; the old one dies. */
export async function regenerate(redis: Redis, oldId: string | undefined, userId: string, now = Date.now()) {
  const old = oldId === undefined ? undefined : await readSession(redis, oldId, now);
  if (old) await redis.del(`sess:${oldId}`);
  const id = newSessionId();
  const record = { cart: old?.cart ?? [], userId, createdAt: now };
  await redis.set(`sess:${id}`, JSON.stringify(record), "EX", IDLE_SECONDS);
  return id;
}

/** Logout: deleting the record kills every copy of the ID. */
export const endSession = (redis: Redis, id: string) => redis.del(`sess:${id}`);
