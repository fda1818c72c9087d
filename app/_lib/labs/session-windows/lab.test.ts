import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capMessage, checkGap, checkGrace, checkTime, groupThousands, limits } from "./config";
import { engines, formatBounds } from "./engines";
import { presets } from "./presets";
import { describeEmission, labInput, runEngine, runLab } from "./results";
import { decodeState, encodeState } from "./url-state";

const counts = (id: string, grace?: number) => {
  const preset = presets.find((p) => p.id === id)!;
  const { runs } = runLab(grace === undefined ? preset.config : { ...preset.config, grace });
  return Object.fromEntries(runs.map((r) => [r.engine, { sessions: r.sessions.length, dropped: r.dropped.size }]));
};

describe("the presets say what they show", () => {
  it("exactly one gap apart: Kafka and Flink merge ana's events, Beam does not", () => {
    expect(counts("one-gap")).toEqual({ kafka: { sessions: 3, dropped: 0 }, flink: { sessions: 3, dropped: 0 }, beam: { sessions: 5, dropped: 0 } });
  });

  it("a late event bridges two sessions: two tombstones, then the merged session", () => {
    const { runs } = runLab(presets.find((p) => p.id === "bridge")!.config);
    const kafka = runs[0]!.emissions.slice(-3).map((e) => describeEmission("kafka", e));
    expect(kafka).toEqual(["tombstone ana [0, 5]: deleted by a merge", "tombstone ana [20, 24]: deleted by a merge", "update ana [0, 24]: 5 events"]);
    expect(runs.every((r) => r.sessions.length === 1)).toBe(true);
  });

  it("out-of-order arrivals: ben's event at 3 is dropped by every engine", () => {
    const { runs } = runLab(presets.find((p) => p.id === "out-of-order")!.config);
    for (const run of runs) expect([...run.dropped]).toEqual([8]);
  });

  it("many keys: 2,000 events, nothing dropped at 60 s of grace, Kafka one session fewer; drops at 0", () => {
    const c = counts("many-keys");
    expect(presets.find((p) => p.id === "many-keys")!.config.events).toHaveLength(2_000);
    expect(c.kafka!.dropped + c.flink!.dropped + c.beam!.dropped).toBe(0);
    expect(c.flink!.sessions - c.kafka!.sessions).toBe(1);
    expect(c.beam!.sessions).toBe(c.flink!.sessions);
    expect(counts("many-keys", 0).kafka!.dropped).toBeGreaterThan(0);
  });
});

describe("field checks", () => {
  it("groups thousands as en-US does, without loading Intl on an interaction", () => {
    for (const n of [0, 7, 999, 1_000, 2_000, 86_400, 1_000_000, 123_456_789]) expect(groupThousands(n)).toBe(n.toLocaleString("en-US"));
  });

  it.each([
    ["", "The gap: enter a number of seconds."],
    ["abc", 'The gap: "abc" is not a number.'],
    ["-3", "The gap cannot be negative."],
    ["NaN", 'The gap: "NaN" is not a number.'],
    ["1e9", "The gap is at most 86,400 s (one day)."],
    ["Infinity", "The gap is at most 86,400 s (one day)."],
    ["2.5", "The gap is a whole number of seconds."],
    ["0", "The gap is at least 1 s."],
  ])("gap %j: %s", (text, message) => {
    expect(checkGap(text)).toEqual({ ok: false, message });
  });

  it("accepts whole seconds within the caps", () => {
    expect(checkGap(" 30 ")).toEqual({ ok: true, value: 30 });
    expect(checkGrace("0")).toEqual({ ok: true, value: 0 });
    expect(checkTime("86400")).toEqual({ ok: true, value: 86_400 });
    expect(capMessage(limits.maxEvents - 1)).toBeUndefined();
    expect(capMessage(limits.maxEvents)).toBe("The lab holds at most 2,000 events; delete some first.");
  });

  it("writes bounds the engine's way", () => {
    expect(formatBounds("kafka", 0, 5)).toBe("[0, 5]");
    expect(formatBounds("beam", 0, 15)).toBe("[0, 15)");
  });
});

describe("URL state", () => {
  it("keeps only what differs from the defaults", () => {
    const { state } = decodeState(null);
    expect(encodeState(state)).toBe("1");
    expect(encodeState({ ...state, config: { ...state.config, gap: 30 }, view: "table" })).toBe("g=30&v=table");
  });

  it("explains and leaves out what it cannot read", () => {
    const { state, problems } = decodeState("g=-5&r=abc&e=a1.z9.b999999.c4&s=99");
    expect(state.config.gap).toBe(10);
    expect(state.config.events).toEqual([{ key: "ana", t: 1 }, { key: "cy", t: 4 }]);
    expect(state.step).toBe(2);
    expect(problems).toEqual([
      "The gap cannot be negative. The link's value was left out.",
      'The grace period: "abc" is not a number. The link\'s value was left out.',
      "2 events in the link are not a user letter (a to h) and a time from 0 to 86,400; left out.",
      "The playback step must be a whole number from 0 to 2; the lab shows every event.",
    ]);
  });

  it("caps the events a link can hold", () => {
    const { state, problems } = decodeState(`e=${Array.from({ length: 2_001 }, (_, i) => `a${i}`).join(".")}`);
    expect(state.config.events).toHaveLength(2_000);
    expect(problems[0]).toContain("more than 2,000 events");
    expect(decodeState("e=" + "a1.".repeat(10_000)).problems[0]).toContain("too long");
  });

  it("an empty timeline is a state too", () => {
    const empty = { config: { gap: 10, grace: 0, events: [] }, step: 0, view: "timeline" as const };
    expect(decodeState(encodeState(empty)).state).toEqual(empty);
  });
});

describe("the lab's model, one engine at a time", () => {
  it("running each engine on the lab input gives runLab's result, at every playback position", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.constantFrom("ana", "ben", "cy"), t: fc.integer({ min: 0, max: 200 }) }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 45 }),
        (events, gap, grace, step) => {
          const config = { gap, grace, events };
          const input = labInput(config, step);
          const whole = runLab(config, step);
          expect(input.watermark).toEqual(whole.watermark);
          expect(engines.map((engine) => runEngine(engine, input, config))).toEqual(whole.runs);
        },
      ),
    );
  });
});
