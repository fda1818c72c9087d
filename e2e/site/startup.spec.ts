import { spawn } from "node:child_process";
import { expect, test } from "./fixtures";

/** Starts `next start` with the given environment and collects what it prints until it exits or is stopped. */
function startServer(env: Record<string, string>, port: number) {
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, ...env },
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  return { exited, stop, output: () => output };
}

test.describe("start-up", () => {
  // Each test starts its own `next start` and waits for it to give up: three times the default budget.
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  test("a SESSION_SECRET that is set but too short stops start-up with a clear message", async () => {
    const server = startServer({ SESSION_SECRET: "hunter2" }, 3190);
    try {
      const code = await server.exited;
      expect(code).not.toBe(0);
      expect(server.output()).toContain("Refusing to start: SESSION_SECRET is 7 characters; it must be at least 32");
    } finally {
      server.stop();
    }
  });

  test("a rotation map with one weak entry stops start-up too", async () => {
    const strong = "k3Jd9-Qm2vX7pL0zR8sT4wY6uB1nC5eHgA";
    const server = startServer({ SESSION_SECRET: JSON.stringify({ 2: strong, 1: "short" }) }, 3191);
    try {
      expect(await server.exited).not.toBe(0);
      expect(server.output()).toContain("SESSION_SECRET id 1 is 5 characters");
    } finally {
      server.stop();
    }
  });

  test("a data folder it cannot create stops start-up at once, instead of spinning or answering 500", async () => {
    const server = startServer({ DATA_DIR: "/proc/session-lab/data", SESSION_SECRET: "" }, 3192);
    try {
      expect(await server.exited).not.toBe(0);
      // Next prints its "Ready" line before instrumentation runs; what matters is that the process exits
      // with the reason before it answers a request, instead of serving 500s or spinning.
      expect(server.output()).toContain("Refusing to start: DATA_DIR (/proc/session-lab/data) cannot be used");
    } finally {
      server.stop();
    }
  });
});
