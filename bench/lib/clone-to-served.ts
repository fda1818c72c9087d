import { type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, OUT_DIR, ROOT, startGroup, stopGroup, waitForHttp } from "./next-server";

export type CloneStep = { name: string; ms: number };
export type CloneToServed = { steps: CloneStep[]; totalMs: number; commit: string };

/** The environment a new user has: the machine's own PATH, none of npm's or this run's variables. */
function freshEnv(): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith("npm_") && !key.startsWith("BENCH_") && key !== "NODE_ENV");
  const env = Object.fromEntries(inherited) as NodeJS.ProcessEnv;
  // npm run puts the project's node_modules/.bin first; a new user's shell has no such entry.
  env.PATH = (env.PATH ?? "").split(":").filter((dir) => !dir.includes("node_modules")).join(":");
  return env;
}

function run(child: ChildProcess, what: string, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} exited with ${code}; see ${path.relative(ROOT, logFile)}`)),
    );
  });
}

/**
 * README's command 1 in a fresh clone of this repository's HEAD, timed step by step: clone, install (npm on
 * the project's Node), build, and start until the home page answers. Uses the npm cache like a returning user
 * would; the registry is the only network it touches.
 */
export async function measureCloneToServed(log: (m: string) => void): Promise<CloneToServed> {
  const dir = mkdtempSync(path.join(tmpdir(), "session-lab-clone-"));
  const site = path.join(dir, "site");
  const env = freshEnv();
  const steps: CloneStep[] = [];
  const logFile = path.join(OUT_DIR, "clone-to-served.log");
  const started = Date.now();
  let server: ChildProcess | undefined;
  const step = async (name: string, command: string, cwd: string) => {
    log(`clone to served: ${name}`);
    const t0 = Date.now();
    await run(startGroup("bash", ["-c", command], env, logFile, cwd), name, logFile);
    steps.push({ name, ms: Date.now() - t0 });
  };
  try {
    await step("git clone", `git clone --quiet ${JSON.stringify(ROOT)} ${JSON.stringify(site)}`, dir);
    const commit = readFileSync(path.join(site, ".git", "HEAD"), "utf8").trim();
    await step("npm ci (on the project's Node)", 'npx --yes --package="node@$(cat .nvmrc)" -- npm ci --no-audit --no-fund', site);
    await step("npm run build", "npm run build", site);
    const port = await freePort(3290);
    log("clone to served: npm start");
    const t0 = Date.now();
    server = startGroup("bash", ["-c", "npm start"], { ...env, PORT: String(port) }, logFile, site);
    await waitForHttp(`http://127.0.0.1:${port}/`, server, 120_000);
    steps.push({ name: "npm start until / answers", ms: Date.now() - t0 });
    return { steps, totalMs: Date.now() - started, commit };
  } finally {
    if (server) await stopGroup(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
