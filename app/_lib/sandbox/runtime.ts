import "server-only";
import path from "node:path";
import { dataDirectory, sessionSecrets } from "../session/secrets";
import { composeSandbox, type Sandbox } from "./compose";
import { serverEnv } from "../config/env";
import { DEFAULT_RATE_LIMIT } from "./http/rate-limiter";
import { createRedisRateLimiter } from "./http/redis-rate-limiter";
import { createRedisStore } from "./store/redis-store";
import { createSqliteStore } from "./store/sqlite-store";

/**
 * The one place the sandbox meets this process: it reads the settings (README "Configuration") and hands
 * them to the composition root. Everything below it receives store, clock and secrets as parameters.
 */
function build(): Sandbox {
  const env = serverEnv();
  const prefix = env.REDIS_PREFIX ?? "sbx:";
  const redisUrl = env.REDIS_URL;
  return composeSandbox({
    secrets: sessionSecrets(),
    openStore: () =>
      redisUrl
        ? createRedisStore({ url: redisUrl, prefix })
        : createSqliteStore({ file: path.join(dataDirectory(), "sandbox-sessions.sqlite") }),
    clock: Date.now,
    rateLimit: env.SANDBOX_RATE_LIMIT === "off" ? null : (env.SANDBOX_RATE_LIMIT ?? DEFAULT_RATE_LIMIT),
    // With Redis, every process draws from one bucket per client.
    makeLimiter: redisUrl ? (limit) => createRedisRateLimiter({ url: redisUrl, prefix, limit }) : undefined,
    trustedHops: env.TRUST_PROXY ?? 0,
  });
}

// Survives module re-evaluation within one process (each route bundle may load this module).
const globalRef = globalThis as typeof globalThis & { __sessionLabSandbox?: Sandbox };

export function sandboxRuntime(): Sandbox {
  globalRef.__sessionLabSandbox ??= build();
  return globalRef.__sessionLabSandbox;
}
