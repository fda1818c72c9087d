import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAddress, parseIpv4, parseIpv6 } from "./addresses";
import { decodeConfig, DEFAULT_CONFIG, encodeConfig, validateSettings } from "./config";
import { crc32 } from "./crc32";
import { createBackend, haproxyThinksCacheable, pickSource, routeWithCookie } from "./haproxy";
import { buildPoints, createUpstream, ipHashKey, pickConsistent, pickIpHash, pickRoundRobin } from "./nginx";
import { chainedBalancers, sharedCache } from "./scenarios";
import { advance, createRunCache, LIMITS, simulate, STRATEGIES, topologyAfter, type LabConfig } from "./simulation";

const servers = (n: number, down: number[] = []) => Array.from({ length: n }, (_, i) => ({ name: `10.0.0.${i + 1}:8080`, weight: 1, down: down.includes(i) }));

describe("building blocks", () => {
  it("computes the CRC-32 nginx uses (the standard check value)", () => {
    expect(crc32("123456789")).toBe(0xcbf43926);
  });

  it("parses IPv4 and IPv6 and refuses junk", () => {
    expect(parseIpv4("192.0.2.7")?.bytes).toEqual([192, 0, 2, 7]);
    expect(parseIpv4("256.0.0.1")).toBeNull();
    expect(parseIpv6("2001:db8::1")?.bytes).toEqual([0x20, 0x01, 0x0d, 0xb8, ...new Array(11).fill(0), 1]);
    expect(parseIpv6("::ffff:192.0.2.1")?.bytes.slice(10)).toEqual([0xff, 0xff, 192, 0, 2, 1]);
    expect(parseAddress("2001:db8::1::2")).toBeNull();
    expect(parseAddress("not an address")).toBeNull();
  });
});

describe("nginx", () => {
  it("smooth weighted round robin spreads 5,1,1 as nginx's comment says: a a b a c a a", () => {
    const u = createUpstream([{ name: "a", weight: 5, down: false }, { name: "b", weight: 1, down: false }, { name: "c", weight: 1, down: false }]);
    expect(Array.from({ length: 7 }, () => "abc"[pickRoundRobin(u)]).join(" ")).toBe("a a b a c a a");
  });

  it("ip_hash reads only the first three octets: a whole /24 lands on one server", () => {
    const u = createUpstream(servers(5));
    const picks = new Set(Array.from({ length: 254 }, (_, i) => pickIpHash(u, parseIpv4(`198.51.100.${i + 1}`)!)));
    expect(picks.size).toBe(1);
    expect(ipHashKey(parseIpv4("198.51.100.9")!)).toBe("198.51.100");
  });

  it("ip_hash uses the whole IPv6 address", () => {
    const u = createUpstream(servers(5));
    const picks = new Set(Array.from({ length: 60 }, (_, i) => pickIpHash(u, parseIpv6(`2001:db8::${(i + 1).toString(16)}`)!)));
    expect(picks.size).toBeGreaterThan(1);
  });

  it("marking a server down moves only its clients with ip_hash; removing one moves most", () => {
    const addresses = Array.from({ length: 2000 }, (_, i) => parseIpv4(`${11 + (i % 200)}.${(i * 7) % 256}.${(i * 13) % 256}.1`)!);
    const before = addresses.map((a) => pickIpHash(createUpstream(servers(5)), a));
    const down = addresses.map((a) => pickIpHash(createUpstream(servers(5, [1])), a));
    expect(addresses.every((_, i) => before[i] === 1 || down[i] === before[i])).toBe(true);
    const removed = createUpstream(servers(5).filter((_, i) => i !== 4));
    const moved = addresses.filter((a, i) => before[i] !== 4 && pickIpHash(removed, a) !== before[i]).length;
    expect(moved / addresses.length).toBeGreaterThan(0.5);
  });

  it("consistent hashing: 160 points per unit of weight; adding a sixth server moves about a sixth", () => {
    expect(buildPoints(servers(3)).length).toBeLessThanOrEqual(480);
    expect(buildPoints(servers(3)).length).toBeGreaterThan(470);
    const keys = Array.from({ length: 3000 }, (_, i) => `${11 + (i % 200)}.${i % 256}.${(i * 31) % 256}.${1 + (i % 250)}`);
    const five = createUpstream(servers(5));
    const six = createUpstream(servers(6));
    const moved = keys.filter((k) => pickConsistent(five, k) !== pickConsistent(six, k)).length / keys.length;
    expect(moved).toBeGreaterThan(0.1);
    expect(moved).toBeLessThan(0.25);
  });
});

describe("HAProxy", () => {
  it("builds the map in declaration order for equal weights and by weight otherwise", () => {
    const backend = createBackend([1, 1, 1].map((w, i) => ({ name: `s${i}`, cookie: `s${i}`, weight: w, disabled: false })));
    expect(backend.map).toEqual([0, 1, 2]);
    const weighted = createBackend([2, 4].map((w, i) => ({ name: `s${i}`, cookie: `s${i}`, weight: w, disabled: false })));
    expect(weighted.totWeight).toBe(3);
    expect(weighted.map.filter((s) => s === 1)).toHaveLength(2);
  });

  it("balance source is the address modulo the running weight", () => {
    const backend = createBackend([0, 1, 2].map((i) => ({ name: `s${i}`, cookie: `s${i}`, weight: 1, disabled: false })));
    expect(pickSource(backend, parseIpv4("0.0.0.4")!)).toBe(1);
  });

  it("inserts the cookie once, then goes direct; a cookie for a down server is replaced", () => {
    const backend = createBackend([0, 1].map((i) => ({ name: `s${i}`, cookie: `s${i}`, weight: 1, disabled: i === 1 })));
    const first = routeWithCookie(backend, parseIpv4("192.0.2.1")!, null, { response: { cacheControl: "max-age=60" } });
    expect(first).toMatchObject({ server: 0, setCookie: "SRV=s0; path=/", cacheControl: "private" });
    expect(routeWithCookie(backend, parseIpv4("192.0.2.1")!, "s0")).toMatchObject({ direct: true, setCookie: null, cacheControl: null });
    expect(routeWithCookie(backend, parseIpv4("192.0.2.1")!, "s1")).toMatchObject({ cookieState: "down", server: 0, setCookie: "SRV=s0; path=/" });
  });

  it("nocache adds Cache-control: private only to responses HAProxy thinks cacheable", () => {
    expect(haproxyThinksCacheable({})).toBe(false);
    expect(haproxyThinksCacheable({ cacheControl: "public" })).toBe(false);
    expect(haproxyThinksCacheable({ etag: true })).toBe(true);
    expect(haproxyThinksCacheable({ cacheControl: "private, max-age=60" })).toBe(false);
  });
});

describe("scenarios", () => {
  it("two chained balancers under one cookie name keep moving; with two names they stay", () => {
    const same = chainedBalancers(true);
    expect(same.outerMoves + same.innerMoves).toBeGreaterThan(3);
    expect(chainedBalancers(false)).toMatchObject({ outerMoves: 0, innerMoves: 0 });
  });

  it("a shared cache replays one Set-Cookie to everyone without nocache", () => {
    expect(Object.keys(sharedCache(false).byServer)).toHaveLength(1);
    expect(sharedCache(true)).toMatchObject({ cacheHits: 0, cacheControl: "max-age=60, private" });
  });
});

describe("the lab's settings", () => {
  it("round-trips through the URL and rejects bad input with a message per field", () => {
    const config: LabConfig = { ...DEFAULT_CONFIG, weights: [1, 3, 1], events: [{ kind: "kill", node: 2 }, { kind: "add", node: 0 }] };
    expect(decodeConfig(encodeConfig(config))).toEqual({ config, error: null });
    // A URL keeps the value as it is, so a shared link stays readable.
    expect(new URLSearchParams({ affinity: encodeConfig(config) }).toString()).toBe(`affinity=${encodeConfig(config)}`);
    expect(decodeConfig("nonsense").error).toMatch(/not understood/);
    expect(decodeConfig("x".repeat(500)).error).toMatch(/too long/);
    const bad = validateSettings({ strategy: "magic", nodes: "11", weights: "", clients: "10001", natPercent: "101", seed: "-1" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(["clients", "natPercent", "nodes", "seed", "strategy"]);
    const weights = validateSettings({ strategy: "hash", nodes: "3", weights: "1,2", clients: "5", natPercent: "0", seed: "1" });
    expect(weights.ok ? null : weights.errors.weights).toMatch(/one per node/);
  });
});

describe("the simulation, under random topologies and events", () => {
  const event = fc.record({ kind: fc.constantFrom("kill", "revive", "add", "remove"), node: fc.integer({ min: 0, max: 12 }) }) as fc.Arbitrary<LabConfig["events"][number]>;
  it("never throws; every request reaches a live node, or none when every node is down", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STRATEGIES),
        fc.array(fc.integer({ min: 1, max: LIMITS.maxWeight }), { minLength: 1, maxLength: LIMITS.maxNodes }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 100 }),
        fc.array(event, { maxLength: LIMITS.maxEvents }),
        (strategy, weights, clients, natPercent, events) => {
          const sim = simulate({ strategy, weights, clients, natPercent, seed: 3, events });
          const live = new Set(sim.nodes.filter((n) => !n.down).map((n) => n.id));
          for (const id of sim.servedBy) expect(id === 0 ? live.size === 0 : live.has(id)).toBe(true);
          const last = sim.rounds.at(-1)!;
          expect(last.nodes.reduce((sum, n) => sum + n.requests, 0) + last.unserved).toBe(clients);
          expect(last.moved).toBeLessThanOrEqual(clients);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("the lab's incremental runs", () => {
  const event = fc.record({ kind: fc.constantFrom("kill", "revive", "add", "remove"), node: fc.integer({ min: 0, max: 12 }) }) as fc.Arbitrary<LabConfig["events"][number]>;
  const comparable = (sim: ReturnType<typeof simulate>) => ({ nodes: sim.nodes, servedBy: [...sim.servedBy], sessionOn: [...sim.sessionOn], cookie: [...sim.cookie], rounds: sim.rounds, skipped: sim.skipped });
  it("give what simulate gives, event by event and after undoing, and topologyAfter gives its nodes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STRATEGIES),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 120 }),
        fc.array(event, { maxLength: LIMITS.maxEvents }),
        fc.integer({ min: 0, max: LIMITS.maxEvents }),
        (strategy, weights, clients, events, undoTo) => {
          const run = createRunCache();
          const config = (n: number): LabConfig => ({ strategy, weights, clients, natPercent: 30, seed: 5, events: events.slice(0, n) });
          // Forward one event at a time, then back to an earlier step, then forward again: every step as if from scratch.
          const steps = [...events.keys(), events.length, Math.min(undoTo, events.length), events.length];
          for (const n of steps) {
            const expected = simulate(config(n));
            expect(comparable(run(config(n)))).toEqual(comparable(expected));
            expect(topologyAfter(config(n))).toEqual({ nodes: expected.nodes, nextId: expected.nextId });
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("performance", () => {
  it("routes a 10,000-client round after a topology change in under 50 ms", () => {
    for (const strategy of STRATEGIES) {
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const sim = simulate({ strategy, weights: new Array(10).fill(1), clients: 10_000, natPercent: 20, seed: 7, events: [] });
        const start = performance.now();
        advance(sim, { kind: "kill", node: 3 });
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      expect(times[2], strategy).toBeLessThan(50);
    }
  });
});
