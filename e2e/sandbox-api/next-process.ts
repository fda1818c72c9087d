import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { endpoints, endpointUrl } from "../../app/_lib/sandbox/endpoints";

/**
 * A real `next start` of the production build on its own port, in its own process group so stopping it
 * also stops the next-server child it forks. Uses the same build as the main e2e server (NEXT_DIST_DIR).
 */
export class NextProcess {
  private child: ChildProcess | undefined;
  private output = "";

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get origin(): string {
    return `http://localhost:${this.port}`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const bin = path.resolve("node_modules/next/dist/bin/next");
    this.output = "";
    this.child = spawn(process.execPath, [bin, "start", "-p", String(this.port)], {
      env: { ...process.env, ...this.env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout?.on("data", (chunk) => (this.output += chunk));
    this.child.stderr?.on("data", (chunk) => (this.output += chunk));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`next start on ${this.port} exited early:\n${this.output}`);
      try {
        const response = await fetch(`${this.origin}${endpointUrl(endpoints.read, { kind: "sealed" })}`);
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await this.stop();
    throw new Error(`next start on ${this.port} did not answer within ${timeoutMs} ms:\n${this.output}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
    this.child = undefined;
  }
}
