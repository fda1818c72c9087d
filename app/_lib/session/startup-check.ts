import { startupProblem } from "../config/startup";

/** A server that cannot work stops before it serves a request, saying why, instead of answering 500s. */
export function assertSecretsAtStartup(): void {
  const problem = startupProblem(process.env);
  if (problem) {
    console.error(`\n[session-lab] Refusing to start: ${problem}\n`);
    process.exit(1);
  }
}
