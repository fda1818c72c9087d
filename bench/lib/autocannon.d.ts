// The slice of autocannon 8's programmatic API bench/ uses; the package ships no types.
declare module "autocannon" {
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    timeout?: number;
  };
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number; min: number };
  type Result = {
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    duration: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  /** The run: a promise of the result that also emits "response" (client, status, bytes, latency in ms) per response. */
  type Run = Promise<Result> & { on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): Run };
  function autocannon(options: Options): Run;
  export default autocannon;
  export type { Options, Result, Run };
}
