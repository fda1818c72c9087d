/** Runs once when the server starts: a weak SESSION_SECRET stops it here, with the reason. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { sessionSecrets, WeakSecretError } = await import("./app/_lib/session/secrets");
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
