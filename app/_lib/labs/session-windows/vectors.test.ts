/**
 * The model against the engines' own tests. Each block names the repository, the commit read and the test file;
 * the inputs and expected outputs are that test's, rewritten as data (read, not copied: the assertions are ours).
 */
import { describe, expect, it } from "vitest";
import { mergeWindows, type Interval } from "./merge-windows";
import { playback, type Step } from "./playback";
import { sessionize, type WindowEvent } from "./sessionize";

const ev = (key: string, t: number): Step => ({ kind: "event", key, t });
const wm = (t: number): Step => ({ kind: "watermark", t });
const events = (steps: Step[]): WindowEvent[] => steps.flatMap((s) => (s.kind === "event" ? [{ key: s.key, t: s.t }] : []));
const bounds = (sessions: { key: string; start: number; end: number; count: number }[]) => sessions.map(({ key, start, end, count }) => ({ key, start, end, count }));

describe("Kafka Streams: apache/kafka@1eb7644349cb07139d6a3c1ad1986979647cac99, streams/src/test/java/org/apache/kafka/streams/kstream/internals/KStreamSessionWindowAggregateProcessorTest.java", () => {
  const GAP_MS = 5 * 60 * 1000;

  it("shouldHaveMultipleSessionsForSameIdWhenTimestampApartBySessionGap: one gap + 1 apart, three sessions", () => {
    const steps = [ev("mel", 0), ev("mel", GAP_MS + 1), ev("mel", GAP_MS + 1), ev("mel", 2 * GAP_MS + 2), ev("mel", 2 * GAP_MS + 2), ev("mel", 2 * GAP_MS + 2)];
    const expected = [
      { key: "mel", start: 0, end: 0, count: 1 },
      { key: "mel", start: GAP_MS + 1, end: GAP_MS + 1, count: 2 },
      { key: "mel", start: 2 * GAP_MS + 2, end: 2 * GAP_MS + 2, count: 3 },
    ];
    expect(bounds(sessionize(events(steps), GAP_MS, "kafka"))).toEqual(expected);
    expect(bounds(playback("kafka", steps, GAP_MS, 0).sessions)).toEqual(expected);
  });

  it("shouldHandleMultipleSessionsAndMerging: four keys, the final value of each session", () => {
    const steps = [ev("a", 0), ev("b", 0), ev("c", 0), ev("d", 0), ev("d", GAP_MS / 2), ev("a", GAP_MS + 1), ev("b", GAP_MS + 1), ev("a", GAP_MS + 1 + GAP_MS / 2), ev("c", GAP_MS + 1 + GAP_MS / 2)];
    const expected = [
      { key: "a", start: 0, end: 0, count: 1 },
      { key: "a", start: GAP_MS + 1, end: GAP_MS + 1 + GAP_MS / 2, count: 2 },
      { key: "b", start: 0, end: 0, count: 1 },
      { key: "b", start: GAP_MS + 1, end: GAP_MS + 1, count: 1 },
      { key: "c", start: 0, end: 0, count: 1 },
      { key: "c", start: GAP_MS + 1 + GAP_MS / 2, end: GAP_MS + 1 + GAP_MS / 2, count: 1 },
      { key: "d", start: 0, end: GAP_MS / 2, count: 2 },
    ];
    expect(bounds(sessionize(events(steps), GAP_MS, "kafka"))).toEqual(expected);
    expect(bounds(playback("kafka", steps, GAP_MS, 0).sessions)).toEqual(expected);
  });

  it("shouldMergeSessions: a record between two sessions merges them into one of three records", () => {
    const steps = [ev("mel", 0), ev("mel", GAP_MS + 1), ev("mel", GAP_MS / 2)];
    expect(bounds(playback("kafka", steps, GAP_MS, GAP_MS).sessions)).toEqual([{ key: "mel", start: 0, end: GAP_MS + 1, count: 3 }]);
  });

  it("shouldImmediatelyForwardRemovedSessionsWhenMerging: update, tombstone, merged update (no cache)", () => {
    const { emissions } = playback("kafka", [ev("a", 0), ev("a", 5)], GAP_MS, 0);
    expect(emissions.map(({ step: _step, ...rest }) => rest)).toEqual([
      { kind: "update", key: "a", start: 0, end: 0, count: 1 },
      { kind: "tombstone", key: "a", start: 0, end: 0 },
      { kind: "update", key: "a", start: 0, end: 5, count: 2 },
    ]);
  });

  it("shouldLogAndMeterWhenSkippingLateRecordWithZeroGrace: gap 10, grace 0, stream time 11 drops a record at 0", () => {
    const result = playback("kafka", [ev("dummy", 0), ev("OnTime1", 0), ev("dummy", 11), ev("Late1", 0)], 10, 0);
    expect([...result.dropped]).toEqual([3]);
  });

  it("shouldLogAndMeterWhenSkippingLateRecordWithNonzeroGrace: grace 1 keeps the record at stream time 11, drops it at 12", () => {
    const steps = [ev("dummy", 0), ev("OnTime1", 0), ev("dummy", 11), ev("OnTime2", 0), ev("dummy", 12), ev("Late1", 0)];
    expect([...playback("kafka", steps, 10, 1).dropped]).toEqual([5]);
  });
});

describe("Flink: apache/flink@036179f840938f9c4b1ba133ef12ce11dd36cbf6, flink-streaming-java/src/test/java/org/apache/flink/streaming/runtime/operators/windowing/EventTimeSessionWindowsTest.java", () => {
  const w = (start: number, end: number): Interval => ({ start, end });

  it("testMergeConsecutiveWindows: touching windows merge", () => {
    const merged = mergeWindows([w(0, 1), w(1, 2), w(2, 3), w(4, 5), w(5, 6)], "flink");
    expect(merged.map((g) => [g.window, g.sources.length])).toEqual([[w(0, 3), 3], [w(4, 6), 2]]);
  });

  it("testMergeCoveringWindow: a window inside another merges into it", () => {
    const merged = mergeWindows([w(1, 1), w(0, 2), w(4, 7), w(5, 6)], "flink");
    expect(merged.map((g) => [g.window, g.sources.length])).toEqual([[w(0, 2), 2], [w(4, 7), 2]]);
  });

  it("testWindowAssignment: a record at t gets [t, t + gap)", () => {
    for (const t of [0, 4999, 5000]) expect(sessionize([{ key: "String", t }], 5000, "flink")).toMatchObject([{ start: t, end: t + 5000 }]);
  });
});

describe("Flink: apache/flink@067bc18341a987c27906cda3492164142d828ea7, flink-streaming-java/src/test/java/org/apache/flink/streaming/runtime/operators/windowing/MergingWindowSetTest.java", () => {
  const w = (start: number, end: number): Interval => ({ start, end });
  /** Adds windows one at a time and returns the window the last one ended up in, as MergingWindowSet.addWindow does. */
  function addAll(windows: Interval[]): Interval[] {
    const results: Interval[] = [];
    const held: Interval[] = [];
    for (const win of windows) {
      held.push(win);
      const group = mergeWindows(held, "flink").find((g) => g.sources.includes(win))!;
      results.push(group.window);
    }
    return results;
  }

  it("testIncrementalMerging: windows grow as touching and overlapping windows arrive", () => {
    const adds = [w(0, 4), w(0, 4), w(3, 5), w(4, 6), w(1, 4), w(0, 4), w(3, 5), w(4, 6), w(11, 14), w(10, 13), w(12, 15), w(11, 14)];
    expect(addAll(adds)).toEqual([w(0, 4), w(0, 4), w(0, 5), w(0, 6), w(0, 6), w(0, 6), w(0, 6), w(0, 6), w(11, 14), w(10, 14), w(10, 15), w(10, 15)]);
  });

  it("testLateMerging: [8, 10) bridges [5, 8) and [10, 13); [3, 5) then bridges everything", () => {
    expect(addAll([w(0, 3), w(5, 8), w(10, 13), w(8, 10), w(5, 8), w(8, 10), w(10, 13), w(3, 5)])).toEqual([
      w(0, 3), w(5, 8), w(10, 13), w(5, 13), w(5, 13), w(5, 13), w(5, 13), w(0, 13),
    ]);
  });
});

describe("Flink: apache/flink@0133e694e04d669a040554b76109d5915bc310d4, flink-streaming-java/src/test/java/org/apache/flink/streaming/runtime/operators/windowing/WindowOperatorTest.java", () => {
  it("testSessionWindows: gap 3 s, out-of-order records, windows fire when the watermark reaches end - 1", () => {
    const steps = [
      ev("key2", 0), ev("key2", 1000), ev("key2", 2500), ev("key1", 10), ev("key1", 1000), ev("key1", 2500),
      ev("key2", 5501), ev("key2", 6000), ev("key2", 6000), ev("key2", 6050), wm(12000), ev("key2", 15000), ev("key2", 15000), wm(17999),
    ];
    const fires = playback("flink", steps, 3000, 0).emissions.filter((e) => e.kind === "fire");
    const at = (step: number) => fires.filter((f) => f.step === step).map((f) => f.kind === "fire" && [f.key, f.start, f.end, f.count]).sort();
    expect(at(10)).toEqual([["key1", 10, 5500, 3], ["key2", 0, 5500, 3], ["key2", 5501, 9050, 4]]);
    expect(at(13)).toEqual([["key2", 15000, 18000, 2]]);
    expect(fires).toHaveLength(4);
  });
});

describe("Beam: apache/beam@0393a7917318baaa1e580259a74bff2c1dcbe6b8, sdks/java/core/src/test/java/org/apache/beam/sdk/transforms/windowing/SessionsTest.java", () => {
  const run = (times: number[], gap: number) => sessionize(times.map((t) => ({ key: "k", t })), gap, "beam").map((s) => [s.start, s.end, s.count]);

  it("testSimple: events exactly one gap apart stay in separate sessions", () => {
    expect(run([0, 10, 101], 10)).toEqual([[0, 10, 1], [10, 20, 1], [101, 111, 1]]);
  });
  it("testConsecutive", () => {
    expect(run([1, 2, 5, 9, 100, 101], 10)).toEqual([[1, 19, 4], [100, 111, 2]]);
  });
  it("testMerging: out-of-order events merge", () => {
    expect(run([1, 15, 30, 100, 101, 95, 22, 10], 10)).toEqual([[1, 40, 5], [95, 111, 3]]);
  });
  it("testTimeUnit: a one-second gap", () => {
    expect(run([1, 2, 1000, 5000, 5001, 10000], 1000)).toEqual([[1, 2000, 3], [5000, 6001, 2], [10000, 11000, 1]]);
  });
  it("MergeOverlappingIntervalWindows: touching windows stay apart, unlike Flink", () => {
    expect(mergeWindows([{ start: 0, end: 10 }, { start: 10, end: 20 }], "beam")).toHaveLength(2);
    expect(mergeWindows([{ start: 0, end: 10 }, { start: 10, end: 20 }], "flink")).toHaveLength(1);
  });
});
