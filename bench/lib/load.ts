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
  const non2xx: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    if (!status.startsWith("2")) non2xx[status] = count;
  }
  return {
    name: target.name,
    rps: result.requests.average,
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
