// The playback as first written (filter, spread and sort per record; a scan of every window per watermark), kept
// only as the oracle of playback.test.ts: the faster playback.ts must emit exactly what this does. It shares
// playback.ts's types; only the algorithm is the old one.
import { joins, type Engine } from "@/app/_lib/labs/session-windows/engines";
import type { Emission, PlaybackResult, Step } from "@/app/_lib/labs/session-windows/playback";

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
    const merged = sessions.filter((s) => s.last >= t - gap && s.start <= t + gap);
    const start = Math.min(t, ...merged.map((s) => s.start));
    const last = Math.max(t, ...merged.map((s) => s.last));
    if (last < closeTime) {
      dropped.add(index);
      emissions.push({ kind: "drop", step: stepIndex, key, t, index });
      return;
    }
    const isNewPoint = start === t && last === t;
    if (!isNewPoint) {
      for (const s of merged) emissions.push({ kind: "tombstone", step: stepIndex, key, start: s.start, end: s.last });
    }
    const count = 1 + merged.reduce((sum, s) => sum + s.count, 0);
    const next = sessions.filter((s) => !merged.includes(s));
    next.push({ key, start, last, count, fired: false });
    next.sort((a, b) => a.start - b.start);
    live.set(key, next);
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

  steps.forEach((step, stepIndex) => {
    if (step.kind === "watermark") {
      if (!(step.t > watermark)) return;
      watermark = step.t;
      for (const [key, sessions] of live) {
        for (const s of sessions) {
          if (!s.fired && reached(s)) {
            s.fired = true;
            emissions.push({ kind: "fire", step: stepIndex, key, start: s.start, end: s.last + gap, count: s.count, late: false });
          }
        }
        const keep = sessions.filter((s) => !expired(s.last + gap));
        purged.push(...sessions.filter((s) => expired(s.last + gap)));
        live.set(key, keep);
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
    const merged = sessions.filter((s) => joins(engine, t - s.last, gap) && joins(engine, s.start - t, gap));
    const start = Math.min(t, ...merged.map((s) => s.start));
    const last = Math.max(t, ...merged.map((s) => s.last));
    if (engine === "flink" && expired(last + gap)) {
      dropped.add(index);
      emissions.push({ kind: "drop", step: stepIndex, key, t, index });
      return;
    }
    const window: Live = { key, start, last, count: 1 + merged.reduce((sum, s) => sum + s.count, 0), fired: false };
    const next = sessions.filter((s) => !merged.includes(s));
    next.push(window);
    next.sort((a, b) => a.start - b.start);
    live.set(key, next);
    if (reached(window)) {
      // The watermark is already past its end: the trigger fires at once, a late firing.
      window.fired = true;
      emissions.push({ kind: "fire", step: stepIndex, key, start, end: last + gap, count: window.count, late: true });
    }
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

