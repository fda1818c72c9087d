import { Redis, ReplyError } from "ioredis";
import { PURGE_GRACE_MS, purgeAt, StoreUnavailableError, type ReplaceResult, type SessionRecord, type SessionStore } from "./types";

export type RedisStoreOptions = {
  url: string;
  /** Every key starts with this, so tests and apps can share one Redis. */
  prefix?: string;
  /** How long a request may wait for a connection before the store reports itself unavailable. */
  connectTimeoutMs?: number;
  clock?: () => number;
};

/**
 * A Redis that accepts connections but never answers (a hung proxy) costs one request this long; the ones
 * after it fail fast for FAIL_FAST_MS. Together with the connect wait this keeps every 503 under 1.5 s.
 */
const COMMAND_TIMEOUT_MS = 700;
const FAIL_FAST_MS = 2000;

// Scripts keep "only if the ID exists / does not exist" and the write in one atomic step.
const CREATE = `if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 2)) redis.call('PEXPIREAT', KEYS[1], ARGV[1]) return 1`;
const REPLACE = `if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 2)) redis.call('PEXPIREAT', KEYS[1], ARGV[1]) return 1`;
const REPLACE_IF_DATA = `if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if redis.call('HGET', KEYS[1], 'data') ~= ARGV[2] then return 2 end
redis.call('HSET', KEYS[1], unpack(ARGV, 3)) redis.call('PEXPIREAT', KEYS[1], ARGV[1]) return 1`;
const TOUCH = `if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local absolute = tonumber(redis.call('HGET', KEYS[1], 'absoluteExpiresAt'))
redis.call('HSET', KEYS[1], 'lastSeenAt', ARGV[1], 'idleExpiresAt', ARGV[2])
redis.call('PEXPIREAT', KEYS[1], math.min(tonumber(ARGV[2]), absolute) + tonumber(ARGV[3])) return 1`;

function fields(record: SessionRecord): string[] {
  return [
    "user",
    JSON.stringify(record.user),
    "data",
    JSON.stringify(record.data),
    "createdAt",
    String(record.createdAt),
    "lastSeenAt",
    String(record.lastSeenAt),
    "idleExpiresAt",
    String(record.idleExpiresAt),
    "absoluteExpiresAt",
    String(record.absoluteExpiresAt),
  ];
}

function fromHash(hash: Record<string, string>): SessionRecord | null {
  if (!hash.data || !hash.createdAt) return null;
  return {
    user: JSON.parse(hash.user ?? "null") as string | null,
    data: JSON.parse(hash.data) as Record<string, string>,
    createdAt: Number(hash.createdAt),
    lastSeenAt: Number(hash.lastSeenAt),
    idleExpiresAt: Number(hash.idleExpiresAt),
    absoluteExpiresAt: Number(hash.absoluteExpiresAt),
  };
}

/**
 * Sessions in Redis, shared by every server process pointed at it. Fails fast when Redis is away:
 * no offline queue, one retry per command, a short connect wait, and a background reconnect so the
 * sandbox recovers on its own once Redis is back.
 */
export function createRedisStore({ url, prefix = "sbx:", connectTimeoutMs = 500, clock = Date.now }: RedisStoreOptions): SessionStore {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    commandTimeout: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (times) => Math.min(times * 200, 1000),
  });
  let reportedOutage = false;
  client.on("error", (error: Error) => {
    if (reportedOutage) return;
    reportedOutage = true;
    console.error(`[session-lab] Redis at ${redactUrl(url)} is unavailable (${error.message}); sandbox server-side sessions answer 503 until it returns.`);
  });
  client.on("ready", () => {
    reportedOutage = false;
  });

  // The message goes to the learner: it says what is unavailable, not where it runs.
  const unavailable = () => new StoreUnavailableError("The session store (Redis) is not answering.");
  /** After a failure, requests answer 503 at once for a while instead of each waiting out a timeout. */
  let failFastUntil = 0;

  async function ready(): Promise<void> {
    if (client.status === "ready") return;
    // Already known to be down: answer now, and let the background reconnect find it again.
    if (client.status === "reconnecting") throw unavailable();
    if (client.status === "wait" || client.status === "end") client.connect().catch(() => undefined);
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        client.off("ready", onReady);
        client.off("error", onError);
        if (error) reject(error);
        else resolve();
      };
      const onReady = () => done();
      const onError = () => done(unavailable());
      const timer = setTimeout(() => done(unavailable()), connectTimeoutMs);
      client.once("ready", onReady);
      client.once("error", onError);
    });
  }

  async function run<T>(operation: () => Promise<T>): Promise<T> {
    if (Date.now() < failFastUntil) throw unavailable();
    try {
      await ready();
      return await operation();
    } catch (error) {
      if (error instanceof ReplyError) throw error;
      failFastUntil = Date.now() + FAIL_FAST_MS;
      throw unavailable();
    }
  }

  const key = {
    session: (id: string) => `${prefix}s:${id}`,
    revoked: (id: string) => `${prefix}r:${id}`,
    lab: (id: string) => `${prefix}l:${id}`,
  };

  return {
    backend: "redis",
    get: (id) => run(async () => fromHash(await client.hgetall(key.session(id)))),
    create: (id, record) => run(async () => (await client.eval(CREATE, 1, key.session(id), purgeAt(record), ...fields(record))) === 1),
    set: (id, record) => run(async () => (await client.eval(REPLACE, 1, key.session(id), purgeAt(record), ...fields(record))) === 1),
    replaceIfData: (id, expectedData, record) =>
      run(async (): Promise<ReplaceResult> => {
        const reply = await client.eval(REPLACE_IF_DATA, 1, key.session(id), purgeAt(record), JSON.stringify(expectedData), ...fields(record));
        return reply === 1 ? "replaced" : reply === 2 ? "conflict" : "missing";
      }),
    touch: (id, lastSeenAt, idleExpiresAt) =>
      run(async () => (await client.eval(TOUCH, 1, key.session(id), lastSeenAt, idleExpiresAt, PURGE_GRACE_MS)) === 1),
    delete: (id) => run(async () => (await client.del(key.session(id))) === 1),
    regenerate: (oldId, newId) =>
      run(async () => {
        try {
          // RENAMENX keeps the TTL and refuses to overwrite an existing ID.
          return (await client.renamenx(key.session(oldId), key.session(newId))) === 1;
        } catch (error) {
          if (error instanceof ReplyError && /no such key/i.test((error as Error).message)) return false;
          throw error;
        }
      }),
    count: () =>
      run(async () => {
        let cursor = "0";
        let total = 0;
        do {
          const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}s:*`, "COUNT", 1000);
          cursor = next;
          total += keys.length;
        } while (cursor !== "0");
        return total;
      }),
    revoke: (tokenId, until) =>
      run(async () => {
        if (until <= clock()) return;
        await client.multi().set(key.revoked(tokenId), "1", "NX").pexpireat(key.revoked(tokenId), until, "GT").exec();
        // A key created by this SET has no TTL yet, and GT treats "no TTL" as infinite: set it once.
        if ((await client.pttl(key.revoked(tokenId))) === -1) await client.pexpireat(key.revoked(tokenId), until);
      }),
    isRevoked: (tokenId) => run(async () => (await client.exists(key.revoked(tokenId))) === 1),
    getLab: (labId) => run(async () => client.get(key.lab(labId))),
    createLab: (labId, json, expiresAt) =>
      run(async () => expiresAt > clock() && (await client.set(key.lab(labId), json, "PXAT", expiresAt, "NX")) === "OK"),
    saveLab: (labId, json, expiresAt) =>
      run(async () => expiresAt > clock() && (await client.set(key.lab(labId), json, "PXAT", expiresAt, "XX")) === "OK"),
    deleteLab: (labId) => run(async () => (await client.del(key.lab(labId))) === 1),
    async close() {
      client.disconnect();
    },
  };
}

/** Never print a password from the URL. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable REDIS_URL)";
  }
}
