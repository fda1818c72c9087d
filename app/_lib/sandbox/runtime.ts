import "server-only";
import path from "node:path";
import { dataDirectory, sessionSecrets } from "../session/secrets";
import { composeSandbox, type Sandbox } from "./compose";
import { parseRateLimit } from "./http/rate-limiter";
import { createRedisStore } from "./store/redis-store";
import { createSqliteStore } from "./store/sqlite-store";

/**
 * The one place the sandbox meets this process: it reads the settings (README "Configuration") and hands
 * them to the composition root. Everything below it receives store, clock and secrets as parameters.
 */
function build(): Sandbox {
  return composeSandbox({
    secrets: sessionSecrets(),
    openStore: () => {
      const url = process.env.REDIS_URL;
      return url
        ? createRedisStore({ url, prefix: process.env.REDIS_PREFIX || "sbx:" })
        : createSqliteStore({ file: path.join(dataDirectory(), "sandbox-sessions.sqlite") });
    },
    clock: Date.now,
    rateLimit: parseRateLimit(process.env.SANDBOX_RATE_LIMIT),
  });
}

// Survives module re-evaluation within one process (each route bundle may load this module).
const globalRef = globalThis as typeof globalThis & { __sessionLabSandbox?: Sandbox };

export function sandboxRuntime(): Sandbox {
  globalRef.__sessionLabSandbox ??= build();
  return globalRef.__sessionLabSandbox;
}
