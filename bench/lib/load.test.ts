import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { combineSlices, pairedRatio, percentile, runLoad, sequentialLatency, type LoadResult } from "./load";

const result = (patch: Partial<LoadResult>): LoadResult => ({ name: "t", rps: 100, p50: 10, p99: 50, requests: 500, non2xx: {}, errors: 0, ...patch });

describe("combineSlices", () => {
  it("averages the rates and medians of equal slices, keeps the worst p99 and every slice's rate", () => {
    const merged = combineSlices([
      result({ rps: 100, p50: 10, p99: 40, non2xx: { "429": 2 } }),
      result({ rps: 300, p50: 20, p99: 90, non2xx: { "429": 1, "500": 1 } }),
      result({ rps: 200, p50: 30, p99: 60 }),
    ]);
    expect(merged).toMatchObject({ rps: 200, p50: 20, p99: 90, requests: 1500, non2xx: { "429": 3, "500": 1 }, sliceRps: [100, 300, 200] });
  });
});

describe("combineSlices with latencies", () => {
  it("takes the p99 over every response of every slice, and keeps each slice's own p99", () => {
    // 3 slices of 100 responses: one slice holds the run's only 3 slow responses.
    const fast = Array.from({ length: 100 }, (_, i) => 5 + (i % 5));
    const slow = [...fast.slice(0, 97), 200, 210, 220];
    const merged = combineSlices([
      result({ p99: 9, latencies: fast }),
      result({ p99: 210, latencies: slow }),
      result({ p99: 9, latencies: fast }),
    ]);
    // 300 responses: the 99th percentile is the 297th fastest, one of the fast ones; the worst slice said 210.
    expect(merged.p99).toBe(9);
    expect(merged.sliceP99).toEqual([9, 210, 9]);
    expect(merged).not.toHaveProperty("latencies");
    // Slices measured without latencies keep the old, conservative rule.
    expect(combineSlices([result({ p99: 9 }), result({ p99: 210, latencies: slow })]).p99).toBe(210);
  });

  it("percentile is nearest-rank", () => {
    expect(percentile([3, 1, 2, 4], 50)).toBe(2);
    expect(percentile(Array.from({ length: 200 }, (_, i) => i + 1), 99)).toBe(198);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 99)).toBeNaN();
  });
});

describe("pairedRatio", () => {
  it("is the median of the slice-by-slice ratios, so one disturbed slice does not decide it", () => {
    const sandbox = result({ rps: 0, sliceRps: [90, 90, 30, 90, 90] });
    const bare = result({ rps: 0, sliceRps: [100, 100, 100, 100, 100] });
    expect(pairedRatio(sandbox, bare)).toBeCloseTo(0.9);
    expect(pairedRatio(result({ rps: 0, sliceRps: [50, 50, 50, 200, 200] }), bare)).toBeCloseTo(0.5);
  });

  it("falls back to the ratio of the totals without matching slices", () => {
    expect(pairedRatio(result({ rps: 80 }), result({ rps: 100, sliceRps: [100, 100] }))).toBeCloseTo(0.8);
  });
});

describe("loopback only", () => {
  it("refuses any target that is not this machine before sending anything", async () => {
    const settings = { connections: 1, durationSeconds: 1, warmupSeconds: 0 };
    await expect(runLoad({ name: "x", url: "http://10.1.2.3:80/" }, settings)).rejects.toThrow(/loopback/);
    await expect(sequentialLatency({ name: "x", url: "http://example.com/" }, { maxRequests: 1, maxSeconds: 1 })).rejects.toThrow(/loopback/);
  });
});

describe("sequentialLatency", () => {
  it("stops at the request limit and counts statuses outside 2xx", async () => {
    let n = 0;
    const server = createServer((_req, res) => {
      n += 1;
      res.writeHead(n % 2 ? 200 : 429).end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const r = await sequentialLatency({ name: "x", url: `http://127.0.0.1:${port}/` }, { maxRequests: 10, maxSeconds: 5 });
      expect(r.requests).toBe(10);
      expect(r.non2xx).toEqual({ "429": 5 });
      expect(r.p50).toBeGreaterThan(0);
      expect(r.p99).toBeGreaterThanOrEqual(r.p50);
    } finally {
      server.close();
    }
  });
});

describe("runLoad", () => {
  it("keeps one latency per response, so slices combine into an exact p99", async () => {
    const server = createServer((_req, res) => res.end("{}"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const r = await runLoad({ name: "x", url: `http://127.0.0.1:${port}/` }, { connections: 2, durationSeconds: 1, warmupSeconds: 0 });
      expect(r.requests).toBeGreaterThan(0);
      // autocannon counts what it sent and completed; every completed response has a latency.
      expect(Math.abs(r.latencies!.length - r.requests)).toBeLessThanOrEqual(2);
      expect(r.latencies!.every((ms) => ms >= 0)).toBe(true);
    } finally {
      server.close();
    }
  });
});
