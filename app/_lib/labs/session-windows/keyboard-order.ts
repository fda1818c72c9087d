import { keyNames } from "./config";
import type { WindowEvent } from "./sessionize";

const rowOf = (key: string) => keyNames.indexOf(key as (typeof keyNames)[number]);

/** Whether event `a` (at arrival index `i`) comes before event `b` (at `j`) in the timeline's keyboard order. */
function before(a: WindowEvent, i: number, b: WindowEvent, j: number): boolean {
  return (rowOf(a.key) - rowOf(b.key) || a.t - b.t || i - j) < 0;
}

/**
 * The event the timeline's arrow keys select next: the keyboard order is by row (user), then by time, then by
 * arrival. `direction` 1 is the next event in that order, -1 the previous; from the last (first) event it stays
 * there, and with nothing selected (`current` undefined or out of range) both directions select the first event.
 * One pass over the events, no sort: it runs on a key press, and the lab holds up to 2,000 events.
 * Returns undefined only when there are no events.
 */
export function neighbourInKeyboardOrder(events: readonly WindowEvent[], current: number | undefined, direction: 1 | -1): number | undefined {
  if (events.length === 0) return undefined;
  const from = current !== undefined && events[current] ? current : undefined;
  let best: number | undefined;
  if (from === undefined) {
    // The first event in keyboard order.
    for (let i = 0; i < events.length; i++) if (best === undefined || before(events[i]!, i, events[best]!, best)) best = i;
    return best;
  }
  const c = events[from]!;
  for (let i = 0; i < events.length; i++) {
    if (i === from) continue;
    const e = events[i]!;
    if (direction === 1) {
      // The smallest event after the current one.
      if (before(c, from, e, i) && (best === undefined || before(e, i, events[best]!, best))) best = i;
    } else if (before(e, i, c, from) && (best === undefined || before(events[best]!, best, e, i))) {
      // The largest event before the current one.
      best = i;
    }
  }
  return best ?? from;
}
