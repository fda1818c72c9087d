/**
 * Runs once when the server starts: the secrets check (it may exit the process), then the request gate that
 * refuses what Next would answer with a 500. Both live in Node-only modules.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertSecretsAtStartup } = await import("./app/_lib/session/startup-check");
    assertSecretsAtStartup();
    const { installRequestGate } = await import("./app/_lib/http/raw-request-gate");
    const { originSettings } = await import("./app/_lib/http/same-origin");
    installRequestGate(originSettings());
  }
}
