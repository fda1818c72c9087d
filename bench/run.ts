/**
 * `npm run bench`: builds once into its own dist dir, serves it, and writes bench/REPORT.md
 * (also printed): page weight, Lighthouse, sandbox load against bare servers, cost growth.
 *
 * Env: BENCH_DIST_DIR (.next-bench), BENCH_SKIP_BUILD=1 (reuse that build), BENCH_PORT (3206),
 * BENCH_BARE_PORT (3207), BENCH_LH_RUNS (3), BENCH_LOAD_SECONDS (5), BENCH_GROWTH_SECONDS (2),
 * BENCH_SKIP (comma list of lighthouse,mainthread,labs,search,load,growth,store,clone), REDIS_URL (redis://127.0.0.1:6379).
 * Loopback only; every loop is bounded; every server it starts is stopped by process group.
 */
import { measureSearch, type SearchTiming } from "./lib/search-timing";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkBudgets } from "./lib/budget-rules";
import { measureCloneToServed, type CloneToServed } from "./lib/clone-to-served";
import { evaluateGoals } from "./lib/goals";
import { LighthouseRunner, type FormFactor, type LighthouseRun, type Throttling } from "./lib/lighthouse";
import { summarise, type LighthouseSummary } from "./lib/lighthouse-summary";
import { describeMachine, loadAverage } from "./lib/machine";
import { measureLabInteractions, type LabInteractionRow } from "./lib/lab-interactions";
import { measureMainThread, type MainThreadRow } from "./lib/main-thread";
import { buildNext, freePort, OUT_DIR, ROOT, startGroup, startNext, stopGroup, waitForHttp } from "./lib/next-server";
import { measurePage, type PageWeight } from "./lib/page-weight";
import { renderReport, type BenchResults } from "./lib/report";
import { benchRoutes } from "./lib/routes";
import { measureSandboxGrowth, type GrowthRow } from "./lib/sandbox-growth";
import { measureSandboxLoad, type LoadReport } from "./lib/sandbox-load";
import { measureStoreGrowth } from "./lib/store-growth";

const env = process.env;
const distDir = env.BENCH_DIST_DIR || ".next-bench";
const skip = new Set((env.BENCH_SKIP ?? "").split(",").map((s) => s.trim()).filter(Boolean));
const settings = {
  lighthouseRuns: Number(env.BENCH_LH_RUNS) || 3,
  loadSeconds: Number(env.BENCH_LOAD_SECONDS) || 5,
  connections: 10,
  growthSeconds: Number(env.BENCH_GROWTH_SECONDS) || 2,
};
const started = Date.now();
/** Load average when each section started, printed beside its figures. */
const loadAt: Record<string, string> = {};
const log = (message: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

if (distDir === ".next") throw new Error("BENCH_DIST_DIR must not be .next: the benchmark never touches the site's own build");

/** `next build` adds its dist dir to tsconfig.json's include list; put the shared file back as it was. */
async function buildKeepingTsconfig(buildEnv: NodeJS.ProcessEnv): Promise<number> {
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    return await buildNext(distDir, buildEnv);
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

type LighthouseJob = { page: PageWeight; formFactor: FormFactor; throttling: Throttling };

/**
 * Simulated throttling for one page of each kind on mobile and desktop (Lighthouse's default, as reported
 * before), plus applied (devtools) throttling on mobile for every lesson and the baseline: the mobile
 * lesson-versus-baseline goals are judged on those, because the simulated score moves with the host's speed.
 */
function lighthouseJobs(pages: PageWeight[]): LighthouseJob[] {
  const wanted = ["home", "lesson", "term", "sandbox", "baseline"] as const;
  const onePerKind = wanted
    .map((kind) => pages.find((p) => p.route.kind === kind && (kind !== "lesson" || p.route.path === "/lessons/session")) ?? pages.find((p) => p.route.kind === kind))
    .filter((p): p is PageWeight => p !== undefined && p.status === 200);
  const jobs: LighthouseJob[] = [];
  for (const formFactor of ["mobile", "desktop"] as FormFactor[]) {
    for (const page of onePerKind) jobs.push({ page, formFactor, throttling: "simulate" });
  }
  for (const page of pages.filter((p) => p.status === 200 && (p.route.kind === "lesson" || p.route.kind === "baseline"))) {
    jobs.push({ page, formFactor: "mobile", throttling: "devtools" });
  }
  return jobs;
}

async function lighthouseAll(url: string, pages: PageWeight[], notes: string[]): Promise<LighthouseSummary[]> {
  for (const p of pages.filter((t) => t.status !== 200)) notes.push(`Lighthouse skipped ${p.route.path}: it answered ${p.status}.`);
  const jobs = lighthouseJobs(pages);
  const keyOf = (job: LighthouseJob) => `${job.page.route.path}|${job.formFactor}|${job.throttling}`;
  const runs = new Map<string, { runs: LighthouseRun[]; errors: string[] }>();
  for (let round = 1; round <= settings.lighthouseRuns; round += 1) {
    // A fresh browser per round, so one bad browser state cannot skew every run of a page.
    const runner = await LighthouseRunner.launch();
    try {
      for (const job of jobs) {
        const entry = runs.get(keyOf(job)) ?? { runs: [], errors: [] };
        runs.set(keyOf(job), entry);
        log(`Lighthouse ${job.formFactor} (${job.throttling}) ${job.page.route.path} (run ${round}/${settings.lighthouseRuns})`);
        const name = `${job.page.route.path.replace(/\W+/g, "-")}-${job.formFactor}-${job.throttling}-${round}.json`;
        try {
          entry.runs.push(await runner.run(`${url}${job.page.route.path}`, job.formFactor, path.join(OUT_DIR, "lighthouse", name), job.throttling));
        } catch (error) {
          entry.errors.push(error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error));
        }
      }
    } finally {
      await runner.close();
    }
  }
  const summaries: LighthouseSummary[] = [];
  for (const job of jobs) {
    const entry = runs.get(keyOf(job));
    if (entry && entry.runs.length > 0) summaries.push(summarise(job.page.route, job.formFactor, entry.runs, entry.errors, job.throttling));
    else if (entry) notes.push(`Lighthouse ${job.formFactor} (${job.throttling}) ${job.page.route.path} failed every run: ${entry.errors[0] ?? "unknown error"}`);
  }
  return summaries;
}

async function main(): Promise<void> {
  const machine = describeMachine();
  const notes: string[] = [];
  const secret = randomBytes(32).toString("base64url");
  const dataDir = path.join(OUT_DIR, "data");
  rmSync(dataDir, { recursive: true, force: true });
  // SANDBOX_RATE_LIMIT=off is the sandbox's documented switch for load tests (app/_lib/sandbox/http/rate-limiter.ts):
  // 10 connections from one address would otherwise be measuring 429s.
  const serverEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: "production", DATA_DIR: dataDir, SESSION_SECRET: secret, SANDBOX_RATE_LIMIT: "off" };

  let buildMs: number | null = null;
  if (env.BENCH_SKIP_BUILD === "1" && existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    log(`reusing the build in ${distDir}/`);
    notes.push(`The build in ${distDir}/ was reused (BENCH_SKIP_BUILD=1).`);
  } else {
    log(`next build → ${distDir}/`);
    buildMs = await buildKeepingTsconfig(serverEnv);
  }

  const port = await freePort(Number(env.BENCH_PORT) || 3206);
  log(`next start on 127.0.0.1:${port}`);
  const next = await startNext(distDir, port, serverEnv);
  const barePort = await freePort(Number(env.BENCH_BARE_PORT) || 3207);
  // Beside the sandbox's own SQLite file (DATA_DIR), on the same disk.
  const bareDb = path.join(OUT_DIR, `bare-${process.pid}.sqlite`);
  const bare = startGroup(process.execPath, ["--import", "tsx", "bench/bare-server.ts"], { ...serverEnv, PORT: String(barePort), BARE_DB: bareDb }, path.join(OUT_DIR, "bare-server.log"));
  const bareUrl = `http://127.0.0.1:${barePort}`;

  const pages: PageWeight[] = [];
  let lighthouse: LighthouseSummary[] = [];
  let lighthouseNote: string | null = null;
  let mainThread: MainThreadRow[] = [];
  let labs: LabInteractionRow[] = [];
  let search: SearchTiming | { error: string } | null = null;
  let load: LoadReport | null = null;
  let growth: GrowthRow[] = [];
  let store: BenchResults["store"] = { rows: [], notes: [] };
  try {
    await waitForHttp(`${bareUrl}/json`, bare, 30_000);
    log("page weight");
    const cache = new Map();
    for (const route of await benchRoutes()) pages.push(await measurePage(next.url, route, cache));

    loadAt.lighthouse = loadAverage();
    if (skip.has("lighthouse")) lighthouseNote = "skipped (BENCH_SKIP)";
    else lighthouse = await lighthouseAll(next.url, pages, notes);

    if (!skip.has("mainthread")) {
      loadAt.mainthread = loadAverage();
      const paths = pages.filter((p) => p.status === 200 && ["home", "lesson", "baseline"].includes(p.route.kind)).map((p) => p.route.path);
      mainThread = await measureMainThread(next.url, paths, log);
    }

    if (!skip.has("labs")) {
      loadAt.labs = loadAverage();
      labs = await measureLabInteractions(next.url, log);
    }

    if (!skip.has("search")) {
      loadAt.search = loadAverage();
      search = await measureSearch(next.url, log).catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
    }

    if (!skip.has("load")) {
      log("sandbox load");
      loadAt.load = loadAverage();
      load = await measureSandboxLoad(next.url, bareUrl, { connections: settings.connections, durationSeconds: settings.loadSeconds, warmupSeconds: 1 }, log);
    }
    if (!skip.has("growth")) {
      log("sandbox cost growth");
      loadAt.growth = loadAverage();
      growth = await measureSandboxGrowth(next.url, { maxRequests: 400, maxSeconds: settings.growthSeconds }, log);
    }
  } finally {
    await next.stop();
    await stopGroup(bare);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(bareDb + suffix, { force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (!skip.has("store")) {
    log("store lookups vs stored sessions (SQLite, Redis)");
    loadAt.store = loadAverage();
    store = await measureStoreGrowth(env.REDIS_URL || "redis://127.0.0.1:6379").catch((error: unknown) => ({
      rows: [],
      notes: [`store growth not measured: ${error instanceof Error ? error.message : String(error)}`],
    }));
  }

  let clone: CloneToServed | { error: string } | null = null;
  if (!skip.has("clone")) {
    loadAt.clone = loadAverage();
    clone = await measureCloneToServed(log).catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  }

  const violations = checkBudgets(pages);
  const results: BenchResults = {
    date: new Date(started),
    machine,
    durationMs: Date.now() - started,
    buildMs,
    distDir,
    settings,
    pages,
    violations,
    lighthouse,
    lighthouseNote,
    mainThread,
    labs,
    search,
    clone,
    load,
    growth,
    store,
    goals: evaluateGoals(lighthouse, load?.rows ?? [], mainThread, labs),
    loadAt,
    notes,
  };
  const report = renderReport(results);
  writeFileSync(path.join(ROOT, "bench/REPORT.md"), report);
  console.log(report);
  log(`wrote bench/REPORT.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exit(1);
  },
);
