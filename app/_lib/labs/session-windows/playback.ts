import { joins, type Engine } from "./engines";
import type { WindowEvent } from "./sessionize";

/** What an engine sends downstream, in order, while events arrive. */
export type Emission =
  /** Kafka: the session's new aggregate (here, its event count), keyed by [start, end]. */
  | { kind: "update"; step: number; key: string; start: number; end: number; count: number }
  /** Kafka: a session a merge replaced, deleted downstream with a null value. */
  | { kind: "tombstone"; step: number; key: string; start: number; end: number }
  /** Flink and Beam: a window fired, on time (the watermark passed its end) or late (an allowed-late event arrived). */
  | { kind: "fire"; step: number; key: string; start: number; end: number; count: number; late: boolean }
  /** An event the engine dropped as too late: its session had closed (grace or allowed lateness had passed). */
  | { kind: "drop"; step: number; key: string; t: number; index: number };

export type PlaybackResult = {
  emissions: Emission[];
  /** Indexes (arrival order) of the events this engine dropped. */
  dropped: Set<number>;
  /** The sessions still held when the playback ended, and any window already purged, by key then start. */
  sessions: { key: string; start: number; end: number; count: number; fired: boolean }[];
};

/**
 * One step of the input: an event, or (for the vectors) an explicit watermark. The lab's own watermark is the
 * highest event time seen so far, inserted after each event by `withMaxSeenWatermarks`.
 */
export type Step = { kind: "event"; key: string; t: number } | { kind: "watermark"; t: number };

/** Arrival-ordered events, each followed by a watermark at the highest event time seen so far. */
export function withMaxSeenWatermarks(events: readonly WindowEvent[]): Step[] {
  const steps: Step[] = [];
  let max = -Infinity;
  for (const e of events) {
    steps.push({ kind: "event", key: e.key, t: e.t });
    if (e.t > max) {
      max = e.t;
      steps.push({ kind: "watermark", t: max });
    }
  }
  return steps;
}

type Live = { key: string; start: number; last: number; count: number; fired: boolean };

/**
 * Kafka Streams' KStreamSessionWindowAggregate processor without a cache (every update forwarded at once, emit
 * strategy ON_WINDOW_UPDATE). Stream time is the highest record timestamp seen (across keys); a record is dropped
 * when the session it would form ends before stream time - grace - gap. Otherwise every session it merges is
 * deleted (a tombstone) and the merged session is forwarded. Watermark steps are ignored: Kafka has none.
 */
function playKafka(steps: readonly Step[], gap: number, grace: number): PlaybackResult {
  const live = new Map<string, Live[]>();
  const emissions: Emission[] = [];
  const dropped = new Set<number>();
  let streamTime = -Infinity;
  let index = -1;
  steps.forEach((step, stepIndex) => {
    if (step.kind !== "event") return;
    index++;
    if (!Number.isFinite(step.t)) return;
    const { key, t } = step;
    streamTime = Math.max(streamTime, t);
    const closeTime = streamTime - grace - gap;
    const sessions = live.get(key) ?? [];
    live.set(key, sessions);
    // findSessions(key, t - gap, t + gap): sessions ending at or after t - gap and starting at or before t + gap.
    // A key's sessions are disjoint and sorted by start, so both bounds grow with the index and the sessions found
    // are one contiguous run [from, to): found with a loop, not filter/spread/sort per record (2,000 records
    // replayed on every click of the lab).
    let from = sessions.length;
    let to = sessions.length;
    for (let i = 0; i < sessions.length; i++) {
      const s = sessions[i]!;
      if (s.start > t + gap) {
        if (from === sessions.length) from = to = i;
        break;
      }
      if (s.last >= t - gap) {
        if (from === sessions.length) from = i;
        to = i + 1;
      }
    }
    let start = t;
    let last = t;
    let count = 1;
    for (let i = from; i < to; i++) {
      const s = sessions[i]!;
      if (s.start < start) start = s.start;
      if (s.last > last) last = s.last;
      count += s.count;
    }
    if (last < closeTime) {
      dropped.add(index);
      emissions.push({ kind: "drop", step: stepIndex, key, t, index });
      return;
    }
    const isNewPoint = start === t && last === t;
    if (!isNewPoint) {
      for (let i = from; i < to; i++) emissions.push({ kind: "tombstone", step: stepIndex, key, start: sessions[i]!.start, end: sessions[i]!.last });
    }
    // The merged session takes the run's place: it starts after every session before the run and before every one
    // after it, so the list stays sorted by start.
    sessions.splice(from, to - from, { key, start, last, count, fired: false });
    emissions.push({ kind: "update", step: stepIndex, key, start, end: last, count });
  });
  return { emissions, dropped, sessions: flatten(live, (s) => s.last) };
}

/**
 * Flink's WindowOperator with EventTimeSessionWindows and the default EventTimeTrigger, and Beam's ReduceFnRunner
 * with Sessions and the default trigger. Each event opens [t, t + gap) and merges with the live windows of its
 * key (Flink: touching counts; Beam: only overlap). A window fires on time when the watermark reaches its last
 * timestamp (end - 1; Flink fires at watermark >= end - 1, Beam once the watermark is after it), fires again for
 * each allowed-late event, and is purged once the watermark passes end - 1 + allowed lateness.
 * Dropping: Flink drops an event whose merged window is already past cleanup (end - 1 + lateness <= watermark);
 * Beam drops an event whose own window [t, t + gap) is expired (end - 1 + lateness < watermark) before merging.
 */
function playWindowed(engine: "flink" | "beam", steps: readonly Step[], gap: number, lateness: number): PlaybackResult {
  const live = new Map<string, Live[]>();
  const purged: Live[] = [];
  const emissions: Emission[] = [];
  const dropped = new Set<number>();
  let watermark = -Infinity;
  let index = -1;
  const maxTimestamp = (s: Live) => s.last + gap - 1;
  const reached = (s: Live) => (engine === "flink" ? watermark >= maxTimestamp(s) : watermark > maxTimestamp(s));
  const expired = (end: number) => (engine === "flink" ? end - 1 + lateness <= watermark : end - 1 + lateness < watermark);
  // The watermark at which a live window next changes: it fires at its max timestamp, and is purged at max
  // timestamp + lateness (Flink: once the watermark reaches it; Beam: once the watermark passes it). A lower bound
  // (merged-away windows may leave it early), so a scan is never skipped when one would do something.
  const due = (s: Live) => (s.fired ? maxTimestamp(s) + lateness : maxTimestamp(s));
  let nextDue = Infinity;

  steps.forEach((step, stepIndex) => {
    if (step.kind === "watermark") {
      if (!(step.t > watermark)) return;
      watermark = step.t;
      // Nothing fires or expires before the earliest due time: skip the scan (most of the lab's 2,000 watermarks).
      if (!(engine === "flink" ? watermark >= nextDue : watermark > nextDue)) return;
      nextDue = Infinity;
      for (const [key, sessions] of live) {
        // One pass per key: fire what the watermark reached, purge what expired, keep the rest in order.
        let kept = 0;
        for (let i = 0; i < sessions.length; i++) {
          const s = sessions[i]!;
          if (!s.fired && reached(s)) {
            s.fired = true;
            emissions.push({ kind: "fire", step: stepIndex, key, start: s.start, end: s.last + gap, count: s.count, late: false });
          }
          if (expired(s.last + gap)) {
            purged.push(s);
          } else {
            sessions[kept++] = s;
            const d = due(s);
            if (d < nextDue) nextDue = d;
          }
        }
        sessions.length = kept;
      }
      return;
    }
    index++;
    if (!Number.isFinite(step.t)) return;
    const { key, t } = step;
    const sessions = live.get(key) ?? [];
    live.set(key, sessions);
    if (engine === "beam" && expired(t + gap)) {
      dropped.add(index);
      emissions.push({ kind: "drop", step: stepIndex, key, t, index });
      return;
    }
    // The windows this event's [t, t + gap) reaches, merged into one: a loop instead of filter/spread/includes/sort
    // per event (2,000 events replayed for every change in the lab).
    let start = t;
    let last = t;
    let count = 1;
    let merges = 0;
    for (let i = 0; i < sessions.length; i++) {
      const s = sessions[i]!;
      if (!(joins(engine, t - s.last, gap) && joins(engine, s.start - t, gap))) continue;
      merges++;
      if (s.start < start) start = s.start;
      if (s.last > last) last = s.last;
      count += s.count;
    }
    if (engine === "flink" && expired(last + gap)) {
      dropped.add(index);
      emissions.push({ kind: "drop", step: stepIndex, key, t, index });
      return;
    }
    const window: Live = { key, start, last, count, fired: false };
    // The windows left, in order by start, with the merged window after every one that starts at or before it.
    const next: Live[] = [];
    let placed = false;
    for (let i = 0; i < sessions.length; i++) {
      const s = sessions[i]!;
      if (merges > 0 && joins(engine, t - s.last, gap) && joins(engine, s.start - t, gap)) continue;
      if (!placed && s.start > start) {
        next.push(window);
        placed = true;
      }
      next.push(s);
    }
    if (!placed) next.push(window);
    live.set(key, next);
    if (reached(window)) {
      // The watermark is already past its end: the trigger fires at once, a late firing.
      window.fired = true;
      emissions.push({ kind: "fire", step: stepIndex, key, start, end: last + gap, count: window.count, late: true });
    }
    nextDue = Math.min(nextDue, due(window));
  });
  const all = flatten(live, (s) => s.last + gap);
  for (const s of purged) all.push({ key: s.key, start: s.start, end: s.last + gap, count: s.count, fired: s.fired });
  all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.start - b.start));
  return { emissions, dropped, sessions: all };
}

function flatten(live: Map<string, Live[]>, end: (s: Live) => number) {
  return [...live.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, sessions]) => sessions.map((s) => ({ key: s.key, start: s.start, end: end(s), count: s.count, fired: s.fired })));
}

/**
 * Plays steps in arrival order through one engine. `grace` is Kafka's grace period and Flink's and Beam's allowed
 * lateness. Never throws: non-finite times are skipped, a non-positive gap yields nothing.
 */
export function playback(engine: Engine, steps: readonly Step[], gap: number, grace: number): PlaybackResult {
  if (!(gap > 0) || !Number.isFinite(gap) || !(grace >= 0) || !Number.isFinite(grace)) {
    return { emissions: [], dropped: new Set(), sessions: [] };
  }
  return engine === "kafka" ? playKafka(steps, gap, grace) : playWindowed(engine, steps, gap, grace);
}

