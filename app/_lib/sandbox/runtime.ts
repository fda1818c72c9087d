import "server-only";
import path from "node:path";
import { dataDirectory, sessionSecrets } from "../session/secrets";
import { SERVER_ABSOLUTE_TIMEOUT_MS, SERVER_IDLE_TIMEOUT_MS, TOKEN_TTL_MS } from "./contract";
import { parseRateLimit, RateLimiter } from "./http/rate-limiter";
import { createRedisStore } from "./store/redis-store";
import { createSqliteStore } from "./store/sqlite-store";
import type { SessionStore } from "./store/types";
import { createJwtCodec } from "./tokens/jwt-codec";
import { createSealedCodec } from "./tokens/sealed-codec";
import { jwtAdapter, sealedAdapter, type TokenAdapter } from "./tokens/token-adapters";
import { jwtKeys, sealedPasswords } from "./tokens/derive-key";

type Runtime = {
  tokens: Record<"sealed" | "jwt", TokenAdapter>;
  store: () => SessionStore;
  count: () => Promise<number | null>;
  limiter: RateLimiter | null;
  timeouts: { idleMs: number; absoluteMs: number };
};

function build(): Runtime {
  const secrets = sessionSecrets();
  // Derived once per process: no key derivation happens per request.

  let store: SessionStore | undefined;
  const getStore = (): SessionStore => {
    if (!store) {
      const url = process.env.REDIS_URL;
      store = url
        ? createRedisStore({ url, prefix: process.env.REDIS_PREFIX || "sbx:" })
        : createSqliteStore({ file: path.join(dataDirectory(), "sandbox-sessions.sqlite") });
    }
    return store;
  };

  // Counting may scan the whole store; the view shows a figure at most a few seconds old.
  let counted: { at: number; value: number | null } = { at: 0, value: null };
  const count = async () => {
    const now = Date.now();
    if (now - counted.at > 5000) counted = { at: now, value: await getStore().count() };
    return counted.value;
  };

  return {
    tokens: {
      sealed: sealedAdapter(createSealedCodec(sealedPasswords(secrets), { ttlMs: TOKEN_TTL_MS })),
      jwt: jwtAdapter(createJwtCodec(jwtKeys(secrets), { ttlMs: TOKEN_TTL_MS })),
    },
    store: getStore,
    count,
    limiter: (() => {
      const limit = parseRateLimit(process.env.SANDBOX_RATE_LIMIT);
      return limit ? new RateLimiter(limit) : null;
    })(),
    timeouts: { idleMs: SERVER_IDLE_TIMEOUT_MS, absoluteMs: SERVER_ABSOLUTE_TIMEOUT_MS },
  };
}

// Survives module re-evaluation within one process (each route bundle may load this module).
const globalRef = globalThis as typeof globalThis & { __sessionLabSandbox?: Runtime };

export function sandboxRuntime(): Runtime {
  globalRef.__sessionLabSandbox ??= build();
  return globalRef.__sessionLabSandbox;
}
