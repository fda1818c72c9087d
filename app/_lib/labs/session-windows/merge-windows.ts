import type { Engine } from "./engines";

/** A half-open time window [start, end), as Flink's TimeWindow and Beam's IntervalWindow hold it. */
export type Interval = { start: number; end: number };

/**
 * Merges windows the way a merging window assigner does: sorted by start, each window joins the group it
 * intersects. Flink's TimeWindow.mergeWindows counts touching windows ([0, 1) and [1, 2)) as intersecting; Beam's
 * MergeOverlappingIntervalWindows does not. Returns each merged window with the windows it covers.
 */
export function mergeWindows(windows: readonly Interval[], engine: Exclude<Engine, "kafka">): { window: Interval; sources: Interval[] }[] {
  const sorted = [...windows].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: { window: Interval; sources: Interval[] }[] = [];
  for (const w of sorted) {
    const current = groups.at(-1);
    const meets = current && (engine === "flink" ? w.start <= current.window.end : w.start < current.window.end);
    if (current && meets) {
      current.window = { start: current.window.start, end: Math.max(current.window.end, w.end) };
      current.sources.push(w);
    } else {
      groups.push({ window: { ...w }, sources: [w] });
    }
  }
  return groups;
}
