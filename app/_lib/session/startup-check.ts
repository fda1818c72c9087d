import { sessionSecrets, WeakSecretError } from "./secrets";

/** A weak SESSION_SECRET stops the server before it serves a request, saying why. */
export function assertSecretsAtStartup(): void {
  try {
    sessionSecrets();
  } catch (error) {
    if (error instanceof WeakSecretError) {
      console.error(`\n[session-lab] Refusing to start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
