import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";

const sessionSchema = z.object({
  userId: z.string().optional(),
  cart: z.array(z.string()),
  createdAt: z.number(),
});
export const IDLE_SECONDS = 30 * 60; // OWASP: 15–30 min for low-risk apps
export const ABSOLUTE_MS = 8 * 60 * 60_000; // OWASP: 4–8 h

/** All the cookie holds: 128 bits from the OS's CSPRNG, in 22 characters. */
export const newSessionId = () => randomBytes(16).toString("base64url");

/** The live session behind `id`, or undefined. A dead or corrupt record is deleted. */
export async function readSession(redis: Redis, id: string, now = Date.now()) {
  if (!/^[\w-]{22}$/.test(id)) return undefined; // junk never reaches Redis
  const key = `sess:${id}`;
  // GETEX (Redis 6.2+) reads the record and restarts its idle clock in one step.
  const json = await redis.getex(key, "EX", IDLE_SECONDS);
  if (json === null) return undefined;
  const session = sessionSchema.safeParse(parseJson(json));
  const msLeft = session.success ? session.data.createdAt + ABSOLUTE_MS - now : -1;
  if (msLeft < 0) {
    await redis.del(key); // past the absolute timeout, or not a session at all
    return undefined;
  }
  // The idle clock must not carry the record past its absolute deadline.
  if (msLeft < IDLE_SECONDS * 1000) await redis.pexpire(key, msLeft);
  return session.data;
}

/** At login and every privilege change: same data, NEW ID; the old one dies. */
export async function regenerate(
  redis: Redis,
  oldId: string | undefined,
  userId: string,
  now = Date.now(),
) {
  const old = oldId ? await readSession(redis, oldId, now) : undefined;
  if (old) await redis.del(`sess:${oldId}`);
  const id = newSessionId();
  const record = { cart: old?.cart ?? [], userId, createdAt: now };
  await redis.set(`sess:${id}`, JSON.stringify(record), "EX", IDLE_SECONDS);
  return id;
}

/** Logout: deleting the record kills every copy of the ID. */
export const endSession = (redis: Redis, id: string) => redis.del(`sess:${id}`);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
