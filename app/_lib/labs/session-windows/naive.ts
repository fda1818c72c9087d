import { joins, reportedEnd, type Engine } from "./engines";
import type { Session, WindowEvent } from "./sessionize";

/**
 * The textbook way, for the bench to compare against: take events one by one, and for each, scan every session
 * already open for its key and merge with those it reaches, repeating until nothing merges. No sorting, so each
 * event costs a scan of its key's sessions: quadratic in the events per key.
 */
export function sessionizeNaive(events: readonly WindowEvent[], gap: number, engine: Engine): Session[] {
  const byKey = new Map<string, Session[]>();
  for (const e of events) {
    if (!Number.isFinite(e.t)) continue;
    const sessions = byKey.get(e.key) ?? [];
    byKey.set(e.key, sessions);
    let merged: Session = { key: e.key, start: e.t, end: reportedEnd(engine, e.t, gap), count: 1, first: e.t, last: e.t };
    let changed = true;
    while (changed) {
      changed = false;
      for (let i = 0; i < sessions.length; i++) {
        const s = sessions[i]!;
        const reaches = joins(engine, merged.first - s.last, gap) && joins(engine, s.first - merged.last, gap);
        if (reaches) {
          const first = Math.min(s.first, merged.first);
          const last = Math.max(s.last, merged.last);
          merged = { key: e.key, start: first, end: reportedEnd(engine, last, gap), count: s.count + merged.count, first, last };
          sessions.splice(i, 1);
          changed = true;
          break;
        }
      }
    }
    sessions.push(merged);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, sessions]) => sessions.sort((a, b) => a.start - b.start));
}
