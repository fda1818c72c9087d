import { joins, reportedEnd, type Engine } from "./engines";

/** One event of the lab: a key (a user), its event time, in arrival order by its place in the list. */
export type WindowEvent = { key: string; t: number };

/** A final session: the engine's own bounds and the events it holds. */
export type Session = { key: string; start: number; end: number; count: number; first: number; last: number };

/**
 * The final sessions each engine forms once every event has arrived and none was late: sort once by key and time,
 * then merge in one pass. Events with a time that is not a finite number are skipped (the lab's validation keeps
 * them out; the model never throws). Sessions come out by key, then by start.
 */
export function sessionize(events: readonly WindowEvent[], gap: number, engine: Engine): Session[] {
  const valid = events.filter((e) => Number.isFinite(e.t));
  if (!(gap > 0) || !Number.isFinite(gap)) return [];
  const sorted = [...valid].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.t - b.t));
  const out: Session[] = [];
  let current: Session | undefined;
  for (const e of sorted) {
    if (current && current.key === e.key && joins(engine, e.t - current.last, gap)) {
      current.last = e.t;
      current.count++;
      current.end = reportedEnd(engine, e.t, gap);
      continue;
    }
    current = { key: e.key, start: e.t, end: reportedEnd(engine, e.t, gap), count: 1, first: e.t, last: e.t };
    out.push(current);
  }
  return out;
}

/**
 * The bulk path the bench times: keys as small integers and times as numbers in parallel arrays. A counting sort
 * groups events by key in O(n), then each key's times are sorted numerically (a typed-array sort) and merged in
 * one pass. Returns the number of sessions and, per session, its key, start and end.
 */
export function sessionizeColumns(keys: Int32Array, times: Float64Array, keyCount: number, gap: number, engine: Engine) {
  const n = Math.min(keys.length, times.length);
  const offsets = new Int32Array(keyCount + 1);
  for (let i = 0; i < n; i++) offsets[keys[i]! + 1]!++;
  for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
  const cursor = offsets.slice(0, keyCount);
  const grouped = new Float64Array(n);
  for (let i = 0; i < n; i++) grouped[cursor[keys[i]!]!++] = times[i]!;

  const sessionKey = new Int32Array(n);
  const sessionStart = new Float64Array(n);
  const sessionEnd = new Float64Array(n);
  let count = 0;
  const strict = engine === "beam";
  const endOffset = engine === "kafka" ? 0 : gap;
  for (let k = 0; k < keyCount; k++) {
    const from = offsets[k]!;
    const to = offsets[k + 1]!;
    if (from === to) continue;
    const slice = grouped.subarray(from, to).sort();
    let start = slice[0]!;
    let last = start;
    for (let i = 1; i < slice.length; i++) {
      const t = slice[i]!;
      const d = t - last;
      if (strict ? d < gap : d <= gap) {
        last = t;
        continue;
      }
      sessionKey[count] = k;
      sessionStart[count] = start;
      sessionEnd[count++] = last + endOffset;
      start = last = t;
    }
    sessionKey[count] = k;
    sessionStart[count] = start;
    sessionEnd[count++] = last + endOffset;
  }
  return { count, sessionKey: sessionKey.subarray(0, count), sessionStart: sessionStart.subarray(0, count), sessionEnd: sessionEnd.subarray(0, count) };
}
