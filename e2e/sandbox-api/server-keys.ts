import { readFileSync } from "node:fs";
import path from "node:path";
import { parseSecretSetting } from "../../app/_lib/session/secrets";
import { jwtKeys, sealedPasswords } from "../../app/_lib/sandbox/tokens/derive-key";

/**
 * The keys the server under test derives, so tests can mint tokens only the real server could mint
 * (expired, wrong audience, missing exp…) and check that it still refuses them. Reads the same
 * SESSION_SECRET or generated secret file the server reads.
 */
export function serverKeys() {
  const raw = process.env.SESSION_SECRET || readFileSync(path.resolve(process.env.E2E_DATA_DIR || "data/e2e", "session-secret"), "utf8").trim();
  const secrets = parseSecretSetting(raw);
  const kid = Object.keys(secrets).reduce((a, b) => (Number(b) > Number(a) ? b : a));
  return { kid, jwtKey: jwtKeys(secrets)[kid]!, sealedPasswords: sealedPasswords(secrets) };
}
