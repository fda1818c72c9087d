import { SERVER_ABSOLUTE_TIMEOUT_MS, SERVER_IDLE_TIMEOUT_MS, TOKEN_TTL_MS } from "./contract";
import { MemoryRateLimiter, type RateLimit, type RateLimiter } from "./http/rate-limiter";
import type { ServerDeps } from "./kinds/server-service";
import type { TokenDeps } from "./kinds/token-service";
import type { LbDeps } from "./labs/lb-service";
import type { SessionStore } from "./store/types";
import { jwtKeys, sealedPasswords } from "./tokens/derive-key";
import { createJwtCodec } from "./tokens/jwt-codec";
import { createSealedCodec } from "./tokens/sealed-codec";
import { jwtAdapter, sealedAdapter, type TokenAdapter } from "./tokens/token-adapters";

/** Everything the sandbox needs from outside; nothing here reads the environment or the disk. */
export type SandboxDeps = {
  /** Secret id → secret; the highest id seals and signs, every id opens. */
  secrets: Record<string, string>;
  /** Opens the session store on first use, so a page that never touches the store never connects to it. */
  openStore: () => SessionStore;
  /** Milliseconds since the epoch; every action reads time only through this. */
  clock: () => number;
  /** null switches the rate limit off (load tests only). */
  rateLimit: RateLimit | null;
  /** Builds the limiter for that limit; in this process unless given (runtime.ts passes a Redis one). */
  makeLimiter?: (limit: RateLimit) => RateLimiter;
  /** Proxies in front of the server that append to X-Forwarded-For (TRUST_PROXY). */
  trustedHops?: number;
  timeouts?: { idleMs: number; absoluteMs: number; tokenTtlMs: number };
};

/** The wired sandbox: what each family of actions receives. */
export type Sandbox = {
  token: (kind: "sealed" | "jwt") => TokenDeps;
  server: ServerDeps;
  lb: LbDeps;
  limiter: RateLimiter | null;
  trustedHops: number;
  clock: () => number;
};

/** How stale the session count in the server-kind view may be: counting can scan the whole store. */
export const COUNT_MAX_AGE_MS = 5000;

/** The composition root: builds codecs, store access and limits once from the dependencies passed in. */
export function composeSandbox(deps: SandboxDeps): Sandbox {
  const timeouts = deps.timeouts ?? { idleMs: SERVER_IDLE_TIMEOUT_MS, absoluteMs: SERVER_ABSOLUTE_TIMEOUT_MS, tokenTtlMs: TOKEN_TTL_MS };

  let store: SessionStore | undefined;
  const getStore = (): SessionStore => (store ??= deps.openStore());

  let counted: { at: number; value: number | null } | undefined;
  const count = async () => {
    const now = deps.clock();
    if (!counted || now - counted.at > COUNT_MAX_AGE_MS) counted = { at: now, value: await getStore().count() };
    return counted.value;
  };

  // Keys are derived once here: no key derivation happens per request.
  const adapters: Record<"sealed" | "jwt", TokenAdapter> = {
    sealed: sealedAdapter(createSealedCodec(sealedPasswords(deps.secrets), { ttlMs: timeouts.tokenTtlMs })),
    jwt: jwtAdapter(createJwtCodec(jwtKeys(deps.secrets), { ttlMs: timeouts.tokenTtlMs })),
  };
  const tokenDeps = { sealed: { adapter: adapters.sealed, store: getStore }, jwt: { adapter: adapters.jwt, store: getStore } };

  return {
    token: (kind) => tokenDeps[kind],
    server: { store: getStore, count, idleMs: timeouts.idleMs, absoluteMs: timeouts.absoluteMs },
    lb: { store: getStore },
    limiter: deps.rateLimit ? (deps.makeLimiter ?? ((limit) => new MemoryRateLimiter(limit)))(deps.rateLimit) : null,
    trustedHops: deps.trustedHops ?? 0,
    clock: deps.clock,
  };
}
