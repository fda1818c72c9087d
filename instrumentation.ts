/** Runs once when the server starts. The check lives in a Node-only module: it may exit the process. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertSecretsAtStartup } = await import("./app/_lib/session/startup-check");
    assertSecretsAtStartup();
    const { refuseFetchForbiddenMethods } = await import("./app/_lib/http/forbidden-methods");
    refuseFetchForbiddenMethods();
  }
}
