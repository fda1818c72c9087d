import type { Redis } from "ioredis";
import { sessionRecordSchema, type SessionStore } from "./sessions";

/** Sessions in Redis: every app node sees the same sessions, and Redis expires them for us. */
export function redisStore(redis: Redis, prefix = "sess:"): SessionStore {
  return {
    async get(id) {
      const json = await redis.get(prefix + id);
      return json === null ? undefined : sessionRecordSchema.parse(JSON.parse(json));
    },
    async set(id, record, ttlSeconds) {
      await redis.set(prefix + id, JSON.stringify(record), "EX", ttlSeconds);
    },
    async delete(id) {
      await redis.del(prefix + id);
    },
  };
}
