import http from "node:http";
import autocannon from "autocannon";

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
  const result = await autocannon({ ...options, duration: settings.durationSeconds });
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
  };
}

/** A load result is usable when almost every response was 2xx and nothing errored. */
export function isClean(result: LoadResult): boolean {
  const bad = Object.values(result.non2xx).reduce((a, b) => a + b, 0) + result.errors;
  return result.requests > 0 && bad <= result.requests * 0.01;
}

/**
 * Two measurements of one target as one figure: rate over the whole time, the mean of the
 * medians, the worse p99 (percentiles cannot be merged exactly without the histograms).
 */
export function combineResults(a: LoadResult, b: LoadResult, secondsA: number, secondsB: number): LoadResult {
  const non2xx: Record<string, number> = { ...a.non2xx };
  for (const [status, n] of Object.entries(b.non2xx)) non2xx[status] = (non2xx[status] ?? 0) + n;
  return {
    name: a.name,
    rps: (a.rps * secondsA + b.rps * secondsB) / (secondsA + secondsB),
    p50: (a.p50 + b.p50) / 2,
    p99: Math.max(a.p99, b.p99),
    requests: a.requests + b.requests,
    non2xx,
    errors: a.errors + b.errors,
  };
}

/**
 * Targets compared with each other, measured in the order A B C then C B A (half the time each),
 * so a change in background load during the run weighs on every target alike.
 */
export async function runInterleaved(targets: LoadTarget[], settings: LoadSettings, log: (m: string) => void = () => {}): Promise<LoadResult[]> {
  const half = settings.durationSeconds / 2;
  const first: LoadResult[] = [];
  for (const target of targets) {
    log(`  ${target.name}`);
    first.push(await runLoad(target, { ...settings, durationSeconds: half }));
  }
  const second = new Map<LoadTarget, LoadResult>();
  for (const target of [...targets].reverse()) second.set(target, await runLoad(target, { ...settings, durationSeconds: half, warmupSeconds: 0 }));
  return targets.map((target, i) => combineResults(first[i] as LoadResult, second.get(target) as LoadResult, half, half));
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
