import http from "node:http";
import autocannon from "autocannon";
import { median } from "./stats";

export type LoadTarget = {
  name: string;
  url: string;
  method?: "GET" | "POST" | "DELETE";
  headers?: Record<string, string>;
  body?: string;
};

export type LoadResult = {
  name: string;
  /** Requests completed per second over the measured time. */
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Responses outside 2xx, by status; a target that only errors is not a measurement. */
  non2xx: Record<string, number>;
  errors: number;
  /** Req/s of each time slice, in order, when the target was measured in interleaved slices. */
  sliceRps?: number[];
  /** Each slice's own p99, when measured in slices: the report's p99 before 3 December was the worst of these. */
  sliceP99?: number[];
  /** Every response's latency in ms, kept so that slices combine into exact percentiles. */
  latencies?: number[];
};

export type LoadSettings = { connections: number; durationSeconds: number; warmupSeconds: number };

/**
 * One bounded autocannon run against a loopback target, after a short warm-up whose figures
 * are dropped (the first requests of a route compile nothing in production but fill caches).
 */
export async function runLoad(target: LoadTarget, settings: LoadSettings): Promise<LoadResult> {
  const host = new URL(target.url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`refusing to load ${target.url}: benchmarks target loopback only`);
  }
  const options = {
    url: target.url,
    method: target.method ?? "GET",
    headers: target.headers,
    body: target.body,
    connections: settings.connections,
    timeout: 10,
  };
  if (settings.warmupSeconds > 0) await autocannon({ ...options, duration: settings.warmupSeconds });
  const latencies: number[] = [];
  const run = autocannon({ ...options, duration: settings.durationSeconds });
  run.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await run;
  const seconds = result.duration > 0 ? result.duration : settings.durationSeconds;
  const non2xx: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    if (!status.startsWith("2")) non2xx[status] = count;
  }
  return {
    name: target.name,
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx,
    errors: result.errors + result.timeouts,
    latencies,
  };
}

/** The p-th percentile (0–100) of `values` by the nearest-rank method, as autocannon's histograms report it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** A load result is usable when almost every response was 2xx and nothing errored. */
export function isClean(result: LoadResult): boolean {
  const bad = Object.values(result.non2xx).reduce((a, b) => a + b, 0) + result.errors;
  return result.requests > 0 && bad <= result.requests * 0.01;
}

/**
 * Equal-length measurements of one target as one figure: rate over the whole time, the mean of the
 * medians, the p99 of every response of every slice, and each slice's rate and p99 kept for paired
 * comparisons. Before 3 December the p99 was the worst slice's: with 300–900 responses in a 1 s slice that is
 * close to the slowest handful of the whole run (about p99.8), and the slower a row, the closer
 * (bench/FINDINGS.md, branch write-tail). Slices without latencies still combine to the worst slice's p99.
 */
export function combineSlices(slices: LoadResult[]): LoadResult {
  const non2xx: Record<string, number> = {};
  for (const slice of slices) for (const [status, n] of Object.entries(slice.non2xx)) non2xx[status] = (non2xx[status] ?? 0) + n;
  const sum = (pick: (r: LoadResult) => number) => slices.reduce((total, r) => total + pick(r), 0);
  return {
    name: slices[0]?.name ?? "",
    rps: sum((r) => r.rps) / slices.length,
    p50: sum((r) => r.p50) / slices.length,
    p99: slices.every((r) => r.latencies?.length) ? percentile(slices.flatMap((r) => r.latencies!), 99) : Math.max(...slices.map((r) => r.p99)),
    requests: sum((r) => r.requests),
    non2xx,
    errors: sum((r) => r.errors),
    sliceRps: slices.map((r) => r.rps),
    sliceP99: slices.map((r) => r.p99),
  };
}

/** Slices per target in runInterleaved: 1 s each at the default 5 s per target. */
export const LOAD_SLICES = 5;

/**
 * Targets compared with each other, measured in short slices in the order A B C, C B A, A B C…,
 * so a change in background load weighs on every target alike, and each slice of one target has
 * a slice of the next one right beside it in time. Warm-up happens once, before the first slice.
 */
export async function runInterleaved(targets: LoadTarget[], settings: LoadSettings, log: (m: string) => void = () => {}, slices = LOAD_SLICES): Promise<LoadResult[]> {
  const seconds = settings.durationSeconds / slices;
  const measured = targets.map(() => [] as LoadResult[]);
  for (let slice = 0; slice < slices; slice++) {
    const order = targets.map((_, i) => i);
    if (slice % 2 === 1) order.reverse();
    for (const i of order) {
      if (slice === 0) log(`  ${targets[i]!.name}`);
      measured[i]!.push(await runLoad(targets[i]!, { ...settings, durationSeconds: seconds, warmupSeconds: slice === 0 ? settings.warmupSeconds : 0 }));
    }
  }
  return measured.map(combineSlices);
}

/**
 * The ratio of two targets' rates as the median over slices measured side by side: a burst of
 * work from another process lands on one or two slices and moves the median far less than the total.
 */
export function pairedRatio(a: LoadResult, b: LoadResult): number {
  const x = a.sliceRps ?? [a.rps];
  const y = b.sliceRps ?? [b.rps];
  if (x.length !== y.length) return a.rps / b.rps;
  return median(x.map((value, i) => value / (y[i] as number)));
}

/**
 * Latency of one request at a time over a kept-alive connection, timed to the microsecond
 * (autocannon's histograms count whole milliseconds, too coarse for an idle server).
 * Stops after `maxRequests` or `maxSeconds`, whichever comes first.
 */
export async function sequentialLatency(
  target: LoadTarget,
  { maxRequests, maxSeconds }: { maxRequests: number; maxSeconds: number },
): Promise<LoadResult> {
  const url = new URL(target.url);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) throw new Error(`refusing to load ${target.url}: loopback only`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samples: number[] = [];
  const non2xx: Record<string, number> = {};
  let errors = 0;
  const deadline = Date.now() + maxSeconds * 1000;
  const started = process.hrtime.bigint();
  try {
    while (samples.length < maxRequests && Date.now() < deadline) {
      const t0 = process.hrtime.bigint();
      const status = await new Promise<number>((resolve) => {
        const req = http.request(url, { method: target.method ?? "GET", headers: target.headers, agent }, (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        });
        req.on("error", () => resolve(0));
        req.end(target.body);
      });
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (status === 0) errors += 1;
      else if (status < 200 || status > 299) non2xx[status] = (non2xx[status] ?? 0) + 1;
    }
  } finally {
    agent.destroy();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { name: target.name, rps: samples.length / seconds, p50: at(0.5), p99: at(0.99), requests: samples.length, non2xx, errors };
}
