import { dataDirectory, sessionSecrets, WeakSecretError } from "../session/secrets";
import { assertWritableDirectory, DataDirError } from "./data-dir";
import { ConfigError, parseEnv, type ServerEnv } from "./env";

/**
 * Everything the server needs before it answers a request: a valid environment, session secrets, and a
 * data folder it can write when it keeps files there (the generated secret, the SQLite store).
 * Returns the problem as one message, or null when the server can start.
 */
export function startupProblem(env: Partial<Record<string, string>>): string | null {
  let parsed: ServerEnv;
  try {
    parsed = parseEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  const dataDir = dataDirectory(env);
  const needsDataDir = !parsed.SESSION_SECRET || !parsed.REDIS_URL;
  if (needsDataDir) {
    try {
      assertWritableDirectory(dataDir);
    } catch (error) {
      if (!(error instanceof DataDirError)) throw error;
      const uses = [
        !parsed.SESSION_SECRET && "the generated session secret (or set SESSION_SECRET)",
        !parsed.REDIS_URL && "the sandbox's SQLite store (or set REDIS_URL)",
      ].filter(Boolean);
      return `DATA_DIR (${dataDir}) cannot be used: ${error.message}. It holds ${uses.join(" and ")}. Point DATA_DIR at a writable folder.`;
    }
  }
  try {
    sessionSecrets(env);
  } catch (error) {
    if (error instanceof WeakSecretError || error instanceof DataDirError) return error.message;
    throw error;
  }
  return null;
}
