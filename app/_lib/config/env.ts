import { z } from "zod";

/**
 * Every environment variable the server reads at run time, validated in one place at start-up.
 * (`PORT` is read by `npm start`, `NEXT_DIST_DIR` by next.config.mjs, and the E2E_/TEST_ variables by
 * the test tools; none of them reach the server's code.)
 */

/** An unset variable and an empty one mean the same: use the default. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

export type RateLimitSetting = { burst: number; perSecond: number } | "off";

const rateLimit = z
  .string()
  .trim()
  .transform((value, ctx): RateLimitSetting => {
    if (value === "off") return "off";
    const match = /^(\d{1,6})\s*\/\s*(\d{1,6}(?:\.\d+)?)$/.exec(value);
    const burst = Number(match?.[1]);
    const perSecond = Number(match?.[2]);
    if (!match || burst < 1 || !(perSecond > 0)) {
      ctx.addIssue({ code: "custom", message: `"${value}" is not "burst/perSecond" (for example "120/10") or "off"` });
      return z.NEVER;
    }
    return { burst, perSecond };
  });

export const envSchema = z.object({
  /** One secret of 32+ characters, or a JSON rotation map; checked in depth by `parseSecretSetting`. */
  SESSION_SECRET: optional(z.string()),
  DATA_DIR: optional(z.string().refine((dir) => !dir.includes("\0"), "must be a folder path")),
  REDIS_URL: optional(
    z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL, for example "redis://127.0.0.1:6379"' }),
  ),
  REDIS_PREFIX: optional(z.string().regex(/^[A-Za-z0-9:_.-]{1,40}$/, "must be 1–40 letters, digits or : _ . -")),
  SANDBOX_RATE_LIMIT: optional(rateLimit),
  /** How many proxies in front of the server append to X-Forwarded-For; 0 (the default) trusts none. */
  TRUST_PROXY: optional(
    z.coerce.number({ error: "must be a whole number of proxies, 0 to 10" }).int("must be a whole number of proxies, 0 to 10").min(0).max(10),
  ),
  /** The site's public origin; state-changing requests and form actions must come from it. */
  SITE_ORIGIN: optional(
    z
      .url({ protocol: /^https?$/, error: 'must be an origin such as "https://sessions.example"' })
      .refine((value) => new URL(value).origin === value.replace(/\/$/, ""), "must be an origin only: no path, query or fragment"),
  ),
});

export type ServerEnv = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

let cached: ServerEnv | undefined;

/** This process's environment, parsed once; start-up (instrumentation.ts) has already refused a bad one. */
export function serverEnv(): ServerEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Parses the environment, or throws one ConfigError that lists every bad variable and why. */
export function parseEnv(env: Partial<Record<string, string>>): ServerEnv {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new ConfigError(`The environment is not valid:\n${lines.join("\n")}`);
}
