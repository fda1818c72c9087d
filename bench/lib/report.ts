import { SEARCH_ROUNDS, searchTimingTable, type SearchTiming } from "./search-timing";
import { BUDGETS, type Violation } from "./budget-rules";
import type { CloneToServed } from "./clone-to-served";
import { GOALS, type GoalCheck } from "./goals";
import type { LighthouseSummary } from "./lighthouse-summary";
import { LOAD_SLICES, pairedRatio, type LoadResult } from "./load";
import type { Machine } from "./machine";
import { labInteractionTable, LAB_INTERACTION_ROUNDS, type LabInteractionRow } from "./lab-interactions";
import { CPU_THROTTLE, type MainThreadRow } from "./main-thread";
import { markdownTable } from "./markdown";
import type { PageWeight } from "./page-weight";
import type { GrowthRow } from "./sandbox-growth";
import type { LoadReport, LoadRow } from "./sandbox-load";
import { kB } from "./sizes";
import { ratio } from "./stats";
import type { StoreGrowthRow } from "./store-growth";
import { budgetTable, weightTable } from "./weight-report";

export type BenchResults = {
  date: Date;
  machine: Machine;
  durationMs: number;
  buildMs: number | null;
  distDir: string;
  settings: { lighthouseRuns: number; loadSeconds: number; connections: number; growthSeconds: number };
  pages: PageWeight[];
  violations: Violation[];
  lighthouse: LighthouseSummary[];
  lighthouseNote: string | null;
  mainThread: MainThreadRow[];
  labs: LabInteractionRow[];
  search: SearchTiming | { error: string } | null;
  clone: CloneToServed | { error: string } | null;
  load: LoadReport | null;
  growth: GrowthRow[];
  store: { rows: StoreGrowthRow[]; notes: string[] };
  goals: GoalCheck[];
  /** Load average (1/5/15 min) when each section started. */
  loadAt: Record<string, string>;
  notes: string[];
};

const R = "r" as const;
const num = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const rps = (r: LoadResult | null) => (r ? num(r.rps) : "–");
const lat = (r: LoadResult | null, digits = 0) => (r ? `${num(r.p50, digits)} / ${num(r.p99, digits)}` : "–");

function cloneSection(results: BenchResults): string {
  const clone = results.clone;
  if (!clone) return "Not run (BENCH_SKIP=clone).";
  if ("error" in clone) return `Failed: ${clone.error}`;
  const rows = clone.steps.map((step) => [step.name, `${num(step.ms / 1000, 1)} s`]);
  rows.push(["**Total**", `**${num(clone.totalMs / 1000, 1)} s**`]);
  return `README's command 1 in a fresh \`git clone\` of HEAD (\`${clone.commit.slice(0, 12)}\`), with the machine's PATH (its own Node 20), timed
until \`/\` answers. npm's cache is warm, as for a returning user; packages still come from the registry.

${markdownTable(["Step", "Time"], rows, ["l", R])}`;
}

function mainThreadSection(results: BenchResults): string {
  if (results.mainThread.length === 0) return "Not run (BENCH_SKIP=mainthread).";
  const rows = results.mainThread.map((row) => ["`" + row.path + "`", num(row.medianBlockingMs), num(row.medianLongTasksMs), row.blockingMs.join(", ")]);
  const runs = results.mainThread[0]?.blockingMs.length ?? 0;
  return `Chromium with CDP CPU throttling (${CPU_THROTTLE}x), a phone-sized viewport, no network throttling; long tasks counted from a
trace of the load (every task over 50 ms on the page's main thread, from navigation until 1.5 s after \`load\`); median of
${runs} runs, pages interleaved round by round.
Blocking = each long task's time past 50 ms (as TBT counts it). Goal: each lesson's blocking no more than the baseline page's.

${markdownTable(["Page", "Blocking (ms)", "Long tasks (ms)", "Blocking per run"], rows, ["l", R, R, "l"])}`;
}

function lighthouseSection(results: BenchResults): string {
  if (results.lighthouse.length === 0) return `Not run: ${results.lighthouseNote ?? "no pages"}.`;
  const rows = results.lighthouse.map((s) => [
    `${s.label} \`${s.path}\``,
    s.formFactor,
    s.throttling,
    num(s.median.performance),
    num(s.median.accessibility),
    num(s.median.bestPractices),
    num(s.median.seo),
    `${num(s.median.lcpMs / 1000, 2)} s`,
    `${num(s.median.tbtMs)} ms`,
    num(s.median.cls, 3),
    `${s.runs}${s.errors.length ? ` (${s.errors.length} failed)` : ""}`,
    num(s.benchmarkIndex),
  ]);
  const table = markdownTable(
    ["Page", "Form factor", "Throttling", "Perf", "A11y", "Best pr.", "SEO", "LCP", "TBT", "CLS", "Runs", "Host index"],
    rows,
    ["l", "l", "l", R, R, R, R, R, R, R, R, R],
  );
  const transfer = results.lighthouse
    .filter((s) => s.formFactor === "mobile")
    .map((s) => {
      const t = s.transfer;
      const other = Object.entries(t).filter(([k]) => !["Document", "Script", "Stylesheet", "Image", "Font"].includes(k)).reduce((a, [, v]) => a + v, 0);
      const total = Object.values(t).reduce((a, b) => a + b, 0);
      return [s.label, kB(t.Document ?? 0), kB(t.Script ?? 0), kB(t.Stylesheet ?? 0), kB(t.Image ?? 0), kB(t.Font ?? 0), kB(other), kB(total)];
    });
  const evidence = results.lighthouse
    .filter((s) => s.formFactor === "mobile" && s.evidence)
    .map((s) => {
      const e = s.evidence!;
      const t = (k: string) => num(e.mainThread[k] ?? 0);
      return [s.label, num(e.domSize), t("Script Evaluation"), t("Style & Layout"), t("Parse HTML & CSS"), t("Rendering"), t("Other")];
    });
  const audits = results.lighthouse
    .filter((s) => s.failedAudits.length > 0)
    .map((s) => `- ${s.label}, ${s.formFactor}: ${s.failedAudits.join(", ")}`);
  return [
    table,
    "",
    "First-view transfer in Chromium (Lighthouse mobile run with the median score; kB over the wire, compressed):",
    "",
    markdownTable(["Page", "Document", "Script", "CSS", "Images", "Fonts", "Other", "Total"], transfer, ["l", R, R, R, R, R, R, R]),
    "",
    "Where the mobile main thread went (ms, 4× CPU slowdown, same median run). Lighthouse 12.2.3 cannot name the LCP element with",
    "this Chromium (its TraceElements gatherer fails on the newer trace format); the LCP time itself is measured.",
    "",
    markdownTable(["Page", "DOM elements", "Script eval", "Style & layout", "Parse HTML/CSS", "Rendering", "Other"], evidence, ["l", R, R, R, R, R, R]),
    "",
    audits.length ? "Audits scoring below 0.9 in any run:\n\n" + audits.join("\n") : "No audit scored below 0.9 in any run.",
  ].join("\n");
}

function loadSection(load: LoadReport | null): string {
  if (!load) return "Not run.";
  const rows = load.rows.map((r) => [
    r.kind,
    r.op,
    r.bytes ? String(r.bytes) : "–",
    rps(r.sandbox),
    lat(r.sandbox),
    rps(r.bareNext),
    lat(r.bareNext),
    rps(r.bareNode),
    lat(r.bareNode),
    r.sandbox && r.bareNext ? `${ratio(r.sandbox.rps, r.bareNext.rps)} (${pairedRatio(r.sandbox, r.bareNext).toFixed(2)}×)` : "–",
    r.sandbox && r.bareNode ? ratio(r.sandbox.rps, r.bareNode.rps) : "–",
    r.serviceMs ? `${num(r.serviceMs.sandbox, 2)} / ${num(r.serviceMs.bareNext, 2)} (${ratio(r.serviceMs.bareNext, r.serviceMs.sandbox)})` : "–",
    [worstSlices(r), r.note].filter(Boolean).join("; "),
  ]);
  const floor = load.nodeJsonFloor
    ? `\nFloor: a bare \`node:http\` server returning the same JSON with no crypto or store: ${num(load.nodeJsonFloor.rps)} req/s, p50/p99 ${lat(load.nodeJsonFloor)} ms.`
    : "";
  return (
    markdownTable(
      ["Kind", "Endpoint", "Body B", "Sandbox req/s", "p50/p99 ms", "Bare Next req/s", "p50/p99 ms", "Bare node req/s", "p50/p99 ms", "Sandbox ÷ bare Next: whole run (median of paired slices)", "Sandbox ÷ bare node", "1 conn. p50 ms: sandbox / bare Next (speed ratio)", "Note"],
      rows,
      ["l", "l", R, R, R, R, R, R, R, R, R, R, "l"],
    ) +
    floor +
    (load.notes.length ? "\n\n" + load.notes.map((n) => `- ${n}`).join("\n") : "")
  );
}

/** The p99 the report showed before 3 December (the worst 1 s slice's), kept beside the whole-run p99 for comparison. */
function worstSlices(r: LoadRow): string {
  const worst = (x: LoadResult | null) => (x?.sliceP99?.length ? num(Math.max(...x.sliceP99)) : "–");
  return r.sandbox?.sliceP99?.length ? `worst slice's p99: ${worst(r.sandbox)} / ${worst(r.bareNext)} ms` : "";
}

function growthSection(growth: GrowthRow[], store: BenchResults["store"]): string {
  const rows = growth.map((g) => [g.kind, g.dataBytes, g.cookieBytes ?? "–", rps(g.read), lat(g.read, 2), g.read?.requests ?? "–", g.note]);
  const storeRows = store.rows.map((s) => [s.backend, s.sessions.toLocaleString("en"), `${num(s.fillMs / 1000, 1)} s`, num(s.p50Us, 1), num(s.p99Us, 1), num(s.missP50Us, 1)]);
  return [
    "Sandbox read against session data size: one request at a time on a kept-alive connection (so latency is service time,",
    "not queueing), up to 400 requests or the time limit, after 20 warm-up requests; the data is one value of that many characters.",
    "",
    growth.length
      ? markdownTable(["Kind", "Data B", "Cookie B (Set-Cookie)", "Read req/s", "p50/p99 ms", "Requests", "Note"], rows, ["l", R, R, R, R, R, "l"])
      : "Not run.",
    "",
    "Store lookup (`get`) against stored sessions, through the sandbox's own store modules in this process (2,000 random hits per size):",
    "",
    store.rows.length
      ? markdownTable(["Store", "Sessions", "Fill time", "Hit p50 µs", "Hit p99 µs", "Miss p50 µs"], storeRows, ["l", R, R, R, R, R])
      : "Not run.",
    ...store.notes.map((n) => `\n- ${n}`),
  ].join("\n");
}

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const busy = (section: string) => (r.loadAt[section] ? `\n\nLoad average (1/5/15 min) when this section started: ${r.loadAt[section]} on ${m.cores} cores.` : "");
  const goals = r.goals.map((g) => [g.goal, g.figure, g.met === null ? "not measured" : g.met ? "met" : "**missed**"]);
  return `# Session Lab benchmarks

Generated by \`npm run bench\` on ${r.date.toISOString().replace("T", " ").slice(0, 16)} UTC in ${num(r.durationMs / 1000)} s${r.buildMs ? ` (of which \`next build\` ${num(r.buildMs / 1000)} s)` : ""}.

| Machine | |
| --- | --- |
| CPU | ${m.cpu}, ${m.cores} cores |
| RAM | ${m.ramGiB} GiB |
| Node | ${m.node} |
| Next.js | ${m.next} (Turbopack, production build in \`${r.distDir}/\`, \`next start\` on 127.0.0.1) |
| Load average at start | ${m.load || "–"} |

**Timing figures depend on what else the machine is doing**: its ${m.cores} cores may be shared with other builds and test runs,
so each section below records the load average when it started. Compare figures within one run (ratios, route − baseline),
not across runs. Sizes are exact and repeatable.
kB = 1000 bytes; gzip at level 6 (what \`next start\` sends).

## Goals

Why a goal or budget is missed, and what would fix it, is analysed by hand in [FINDINGS.md](FINDINGS.md) (dated, with the run it read).

${markdownTable(["Goal (reported, not enforced)", "Measured", "Result"], goals, ["l", R, "l"])}

## 1. Page weight

The baseline is \`/baseline\` (app/baseline/page.tsx): a heading and one sentence under the site's root layout, so it carries
what every page carries (header with the theme toggle, footer, global CSS). "Δ" columns are route − baseline: what a page
adds beyond that shell. JS "code" is script files plus inline code; "total" adds the inline RSC payload (\`self.__next_f\`), the
data React hydrates from, which repeats the page's content and is also inside the HTML figure. Images are eager \`<img>\` and
icon files (lazy \`<img>\` in parentheses: the browser fetches them only near the viewport, never while hidden); inline SVG is
already counted in the HTML. "Lazy chunks" are files the loaded scripts can import later (not loaded on
first view), searched for Mermaid/Shiki too.

${weightTable(r.pages)}

### Budgets (\`npm run bench:budget\`, enforced in CI)

Lesson JS code ≤ ${kB(BUDGETS.lessonJsOverBaselineGzip)} kB gzip above the baseline; lesson HTML ≤ ${kB(BUDGETS.lessonHtmlGzip)} kB gzip; no Mermaid or Shiki code in any page's JS;
no diagram SVG sent twice in one response.

${budgetTable(r.pages, r.violations)}

${r.violations.length ? "Violations:\n\n" + r.violations.map((v) => `- ${v.page}: ${v.figure}: ${v.message}`).join("\n") : "All budgets met."}

## 2. Lighthouse ${m.lighthouse}

${m.chromium}, headless. \`simulate\`: Lighthouse's defaults (simulated throttling; mobile = Moto G Power profile, desktop =
\`--preset=desktop\`), one page of each kind. \`devtools\`: the same mobile profile applied to the real browser while it loads
(4x CPU, throttled network), for every lesson and the baseline. Median of ${r.settings.lighthouseRuns} runs per row, each metric's median
taken separately; runs interleaved page by page. "Host index" is Lighthouse's \`benchmarkIndex\` of this machine during the runs
(higher is faster): a simulated score is only comparable between runs with similar indexes.
Goals: lesson mobile performance within ${GOALS.lessonMobilePerfWithinPoints} point of the baseline and mobile LCP < ${GOALS.lessonMobileLcpMs / 1000} s, judged on the
\`devtools\` rows (bench/FINDINGS.md says why); desktop ${GOALS.lessonDesktopPerf}.
The baseline's SEO score is lower by design: it is \`noindex\`.${busy("lighthouse")}

${lighthouseSection(r)}

### Main-thread work at ${CPU_THROTTLE}x CPU, measured directly${busy("mainthread")}

${mainThreadSection(r)}

### Lab interactions at ${CPU_THROTTLE}x CPU (Event Timing)${busy("labs")}

Each lab's interactions (bench/labs/<slug>.ts) replayed through its UI in ${LAB_INTERACTION_ROUNDS} fresh page loads, CPU throttled to ${CPU_THROTTLE}x after the
lab is ready. Input is trusted mouse and key events sent as a person's would be (bench/lib/lab-input.ts: the pointer rests on the
control for two frames, then presses; no test-tool code runs in the page during the event). The figure is the longest Event
Timing entry that belongs to the interaction (what INP counts); Chromium reports entries from 16 ms up, so "<16" means no entry
reached 16 ms.

${r.labs.length ? labInteractionTable(r.labs) : "Not run (BENCH_SKIP=labs, or no scenarios)."}

### Search at ${CPU_THROTTLE}x CPU${busy("search")}

From the focus that opens the header's search (it starts fetching the index and MiniSearch) to the first suggestion in the
page, measured in the page, ${SEARCH_ROUNDS} fresh contexts with the word typed key by key as fast as the page takes keys (the
goal's row), ${SEARCH_ROUNDS} with the word entered in one input event, as a paste enters it (the search's own cold path, without
the six keys' editing and frames); then a second typed word with everything loaded.

${r.search === null ? "Not run (BENCH_SKIP=search)." : "error" in r.search ? `Not measured: ${r.search.error}` : searchTimingTable(r.search)}

## 3. Sandbox API under load

autocannon on 127.0.0.1, ${r.settings.connections} connections, one target at a time, ${r.settings.loadSeconds} s per target after a 1 s warm-up,
in ${LOAD_SLICES} slices: each row's three targets run in the order sandbox, bare Next, bare node, then in reverse, and so on, so a change
in background load weighs on all three alike and every slice of the bare Next route sits right beside a slice of the sandbox
(req/s over all slices, p50 the mean of the slices' medians, p99 over every response of all slices; the note gives the worst
single slice's p99, sandbox / bare Next, which is what this column showed before 3 December). Another process's burst of work lands on one or two
slices; the read goal is judged on the median of the ${LOAD_SLICES} slice-by-slice ratios, which such a burst barely moves, and the
whole-run ratio is shown beside it.
"Bare Next" is app/api/baseline/route.ts returning JSON of exactly the same size from the same server, sent the same Cookie
header as the sandbox request (Next parses and copies a request's cookies on every route, so the ratio is our code's cost alone),
and for a write the same POST body and headers (since 3 December, evening; before, a write was set against a GET);
"bare node" is bench/bare-server.ts, plain \`node:http\` doing the same per-request work on the same data (iron-session
\`unsealData\`/\`sealData\`, jose HS256 verify/sign, a SQLite primary-key lookup/update) with a body of the same size.
Write = \`POST /api/sandbox/{kind}/data\`; read = \`GET /api/sandbox/{kind}\`. Goals: read ≥ ${GOALS.sandboxReadVsBareNext} × bare Next; p99 < ${GOALS.p99Ms} ms.
The "1 conn." column is the median service time of one request at a time (each target twice, in the order sandbox, bare Next,
bare Next, sandbox): a cross-check that other processes on the machine disturb less than throughput at 10 connections.${busy("load")}

${loadSection(r.load)}

## 4. Cost growth${busy("growth")}

${growthSection(r.growth, r.store)}

## 5. From git clone to a served site${busy("clone")}

${cloneSection(r)}
${r.notes.length ? "\n## Notes\n\n" + r.notes.map((n) => `- ${n}`).join("\n") + "\n" : ""}`;
}
