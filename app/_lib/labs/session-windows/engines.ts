/**
 * The three engines the lab compares, and the one rule that separates them for final sessions.
 * Each rule is read from the engine's source at a named commit (see vectors.test.ts for the tests that pin them):
 * - Kafka Streams: a record at t joins every session of its key with end >= t - gap and start <= t + gap
 *   (KStreamSessionWindowAggregate, `store.findSessions(key, t - gap, t + gap)`); a session's bounds are its
 *   first and last record, both inclusive.
 * - Flink: each record opens [t, t + gap) and windows merge when they intersect, touching included
 *   (TimeWindow.intersects: `start <= other.end && end >= other.start`).
 * - Beam: each record opens [t, t + gap) and windows merge only when they overlap (MergeOverlappingIntervalWindows,
 *   IntervalWindow.intersects: `start < other.end && end > other.start`), so windows that only touch stay apart.
 */
export const engines = ["kafka", "flink", "beam"] as const;
export type Engine = (typeof engines)[number];

export const engineNames: Record<Engine, string> = {
  kafka: "Kafka Streams",
  flink: "Flink",
  beam: "Beam",
};

/** How each engine writes a session's bounds: Kafka's are inclusive, Flink's and Beam's end is exclusive. */
export const boundStyle: Record<Engine, "inclusive" | "half-open"> = {
  kafka: "inclusive",
  flink: "half-open",
  beam: "half-open",
};

/**
 * Whether a record `distance` after the previous record of its key (distance >= 0) joins that record's session.
 * Kafka and Flink both merge at exactly one gap; Beam does not.
 */
export function joins(engine: Engine, distance: number, gap: number): boolean {
  return engine === "beam" ? distance < gap : distance <= gap;
}

/** A session as the engine reports it: Kafka's `end` is the last record, Flink's and Beam's is last record + gap. */
export function reportedEnd(engine: Engine, lastEvent: number, gap: number): number {
  return engine === "kafka" ? lastEvent : lastEvent + gap;
}

/** "[0, 5]" for Kafka, "[0, 10)" for Flink and Beam. */
export function formatBounds(engine: Engine, start: number, end: number): string {
  return boundStyle[engine] === "inclusive" ? `[${start}, ${end}]` : `[${start}, ${end})`;
}
