import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ensureDirectory } from "../config/data-dir";

/** iron-session's own minimum, and what a 256-bit HMAC key deserves. */
export const MIN_SECRET_LENGTH = 32;

/** The environment variables this module reads. */
export type Env = Partial<Record<string, string>>;

/** Password map as iron-session takes it: the highest id seals, every id unseals. */
export type SecretMap = Record<string, string>;

export class WeakSecretError extends Error {
  override name = "WeakSecretError";
}

/**
 * Parses SESSION_SECRET: either one secret, or a JSON object of id → secret for rotation,
 * e.g. {"2":"new…","1":"old…"}. Throws WeakSecretError naming what is wrong.
 */
export function parseSecretSetting(raw: string): SecretMap {
  const trimmed = raw.trim();
  if (trimmed.startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new WeakSecretError('SESSION_SECRET starts with "{" but is not valid JSON. Use one secret, or a JSON map like {"2":"<new>","1":"<old>"}.');
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new WeakSecretError("SESSION_SECRET must be a JSON object mapping ids to secrets.");
    }
    const entries = Object.entries(parsed as Record<string, unknown>);
    if (entries.length === 0) throw new WeakSecretError("SESSION_SECRET's rotation map is empty.");
    const map: SecretMap = {};
    for (const [id, secret] of entries) {
      if (!/^[1-9][0-9]{0,8}$/.test(id)) {
        throw new WeakSecretError(`SESSION_SECRET id "${id}" must be a positive integer (the highest id seals new cookies).`);
      }
      if (typeof secret !== "string") throw new WeakSecretError(`SESSION_SECRET id ${id} must map to a string.`);
      assertStrong(secret, `SESSION_SECRET id ${id}`);
      map[id] = secret;
    }
    return map;
  }
  assertStrong(raw, "SESSION_SECRET");
  return { "1": raw };
}

function assertStrong(secret: string, label: string): void {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new WeakSecretError(
      `${label} is ${secret.length} characters; it must be at least ${MIN_SECRET_LENGTH}. ` +
        `Generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"`,
    );
  }
  if (new Set(secret).size < 8) {
    throw new WeakSecretError(`${label} repeats too few distinct characters to be a secret; use random bytes.`);
  }
}

/**
 * Reads the generated secret from `dataDir`, creating it (mode 0600) on first start.
 * Returns whether it was created so the caller can warn once.
 */
export function loadOrCreateLocalSecret(dataDir: string, attempt = 0): { secret: string; file: string; created: boolean } {
  const file = path.join(dataDir, "session-secret");
  if (existsSync(file)) {
    const secret = readFileSync(file, "utf8").trim();
    assertStrong(secret, `The generated secret in ${file}`);
    return { secret, file, created: false };
  }
  ensureDirectory(dataDir);
  const secret = randomBytes(32).toString("base64url");
  // "wx" fails if another process created it meanwhile; then read theirs.
  try {
    writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Once: a file that exists yet cannot be read back is not a race, and must not loop.
    if ((error as NodeJS.ErrnoException).code === "EEXIST" && attempt === 0) return loadOrCreateLocalSecret(dataDir, 1);
    throw error;
  }
  chmodSync(file, 0o600);
  return { secret, file, created: true };
}

export function dataDirectory(env: Env = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.DATA_DIR || "data");
}

let cached: SecretMap | undefined;

/** The secrets in force: SESSION_SECRET if set, else a generated one kept under the data folder. */
export function sessionSecrets(env: Env = process.env): SecretMap {
  if (cached) return cached;
  const raw = env.SESSION_SECRET;
  if (raw !== undefined && raw !== "") {
    cached = parseSecretSetting(raw);
  } else {
    const { secret, file, created } = loadOrCreateLocalSecret(dataDirectory(env));
    if (created) {
      console.warn(
        `[session-lab] SESSION_SECRET is not set: generated a random secret and saved it to ${file} (mode 0600). ` +
          "Set SESSION_SECRET (32+ characters) in production; sessions sealed with this file's secret stop working if it is deleted.",
      );
    }
    cached = { "1": secret };
  }
  return cached;
}

/** For tests only: forget the cached secrets. */
export function resetSecretsForTests(): void {
  cached = undefined;
}
