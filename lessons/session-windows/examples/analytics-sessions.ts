/** One product's definition of a session: when a pause or a cap ends it. */
export type SessionRules = {
  /** A pause longer than this starts a new session. */
  timeoutMs: number;
  /** Adobe Analytics also ends a visit after 12 hours of activity; GA4 has no cap (Infinity). */
  maxDurationMs: number;
  /** Adobe Analytics starts a new visit after 2,500 hits; GA4 has no cap (Infinity). */
  maxHits: number;
};

export const ga4Web: SessionRules = { timeoutMs: 30 * 60_000, maxDurationMs: Infinity, maxHits: Infinity };
export const adobeVisit: SessionRules = { timeoutMs: 30 * 60_000, maxDurationMs: 12 * 3_600_000, maxHits: 2_500 };

/** Splits one user's hit times (ms, any order) into sessions, each a list of times. */
export function sessionsOf(hits: number[], rules: SessionRules): number[][] {
  const sessions: number[][] = [];
  let current: number[] = [];
  for (const t of [...hits].sort((a, b) => a - b)) {
    const first = current[0];
    const last = current.at(-1);
    const pause = last === undefined ? 0 : t - last;
    const ends =
      first !== undefined &&
      (pause > rules.timeoutMs || t - first > rules.maxDurationMs || current.length >= rules.maxHits);
    if (ends) {
      sessions.push(current);
      current = [];
    }
    current.push(t);
  }
  if (current.length > 0) sessions.push(current);
  return sessions;
}
