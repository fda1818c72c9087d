import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig, limits, strategies, validateConfig, type LabEvent, type SimConfig } from "./config";
import { compareStrategies, simulate } from "./simulate";

const lagSchedule = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  lags: fc.array(fc.integer({ min: 0, max: limits.maxLagMs }), { minLength: 2, maxLength: 5 }),
  clients: fc.integer({ min: 1, max: limits.maxClients }),
  ops: fc.integer({ min: 1, max: 400 }),
  writePercent: fc.integer({ min: 0, max: 100 }),
  events: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant("spike" as const),
        replica: fc.integer({ min: 1, max: 2 }),
        at: fc.integer({ min: 0, max: 400 }),
        extraMs: fc.integer({ min: 1, max: limits.maxSpikeMs }),
        forOps: fc.integer({ min: 1, max: 400 }),
      }),
      fc.record({ kind: fc.constant("loss" as const), replica: fc.integer({ min: 1, max: 2 }), at: fc.integer({ min: 0, max: 400 }) }),
    ) as fc.Arbitrary<LabEvent>,
    { maxLength: 4 },
  ),
});

function run(input: Partial<SimConfig>) {
  const { config, problems } = validateConfig(input);
  expect(problems).toEqual([]);
  return simulate(config);
}

describe("simulate: property tests over any lag schedule", () => {
  it("the token strategy never breaks read-your-writes or monotonic reads", () => {
    fc.assert(
      fc.property(lagSchedule, (schedule) => {
        const { check } = run({ ...schedule, strategy: "token" });
        expect(check.counts.RYW + check.counts.MR).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("reads from the leader never break read-your-writes or monotonic reads, and are never stale", () => {
    fc.assert(
      fc.property(lagSchedule, (schedule) => {
        const { check, stats } = run({ ...schedule, strategy: "leader" });
        expect(check.counts.RYW + check.counts.MR).toBe(0);
        expect(stats.staleReads).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("no strategy breaks WFR or MW: one leader orders every write after what its client saw", () => {
    fc.assert(
      fc.property(lagSchedule, fc.constantFrom(...strategies), (schedule, strategy) => {
        const { check } = run({ ...schedule, strategy });
        expect(check.counts.WFR + check.counts.MW).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it("sticky routing never breaks monotonic reads while no replica is lost", () => {
    fc.assert(
      fc.property(lagSchedule, (schedule) => {
        const events = schedule.events.filter((e) => e.kind !== "loss");
        expect(run({ ...schedule, events, strategy: "sticky" }).check.counts.MR).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it("with zero lag every strategy is clean", () => {
    fc.assert(
      fc.property(lagSchedule, fc.constantFrom(...strategies), (schedule, strategy) => {
        const lags = schedule.lags.map(() => 0);
        expect(run({ ...schedule, lags, events: [], strategy }).check.violations).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("random routing with lag above 0 does break them, at a rate the lab reports", () => {
    const rows = compareStrategies(validateConfig({ ...defaultConfig, ops: 1_000 }).config);
    const random = rows.find((r) => r.strategy === "random")!;
    expect(random.badReads).toBeGreaterThan(0);
    expect(random.rate).toBeCloseTo(random.badReads / random.reads);
    for (const row of rows) if (row.strategy === "token" || row.strategy === "leader") expect(row.badReads).toBe(0);
    // Over many seeds with lag > one operation interval, random routing breaks RYW or MR in every run of 200.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 100, max: limits.maxLagMs }), (seed, lag) => {
        const { check } = run({ seed, lags: [0, lag, lag], clients: 2, ops: 200, writePercent: 40, strategy: "random" });
        expect(check.badReads).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it("is deterministic: the same config gives the same history", () => {
    const a = run({ ...defaultConfig, ops: 300 });
    const b = run({ ...defaultConfig, ops: 300 });
    expect(a.history).toEqual(b.history);
  });

  it("every strategy sees the same workload (only routing differs)", () => {
    const shape = (strategy: (typeof strategies)[number]) =>
      run({ ...defaultConfig, ops: 200, strategy }).history.map((op) => `${op.client} ${op.kind} ${op.key}`);
    const first = shape("random");
    for (const s of strategies) expect(shape(s)).toEqual(first);
  });

  it("losing a replica moves sticky users, which can break monotonic reads", () => {
    const lost = run({ seed: 3, lags: [0, 3000, 0], clients: 6, ops: 400, writePercent: 40, strategy: "sticky", events: [{ kind: "loss", replica: 1, at: 200 }] });
    expect(lost.history.slice(200).some((op) => op.node === "r1")).toBe(false);
    expect(lost.check.counts.MR).toBeGreaterThan(0);
  });
});

describe("validateConfig", () => {
  it("caps and explains bad input without throwing", () => {
    const { config, problems } = validateConfig({
      seed: -1,
      lags: [1, 2, 3, 4, 5, 6],
      clients: 99,
      strategy: "nope" as never,
      ops: 1e9,
      writePercent: 101,
      events: [{ kind: "loss", replica: 9, at: 0 }],
    });
    expect(problems.length).toBeGreaterThanOrEqual(6);
    expect(config.lags.length).toBeLessThanOrEqual(limits.maxReplicas);
    expect(config.ops).toBeLessThanOrEqual(limits.maxOps);
    expect(config.events).toEqual([]);
  });

  it("runs 100,000 operations (the cap) quickly", () => {
    const start = performance.now();
    const { check } = run({ ...defaultConfig, ops: limits.maxOps });
    expect(check.readCount + check.writeCount).toBe(limits.maxOps);
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});
