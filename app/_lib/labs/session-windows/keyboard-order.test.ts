import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyNames } from "./config";
import { neighbourInKeyboardOrder } from "./keyboard-order";
import type { WindowEvent } from "./sessionize";

/** The lab's earlier way: sort every event by row, time and arrival, then step one place along. */
function bySorting(events: readonly WindowEvent[], current: number | undefined, direction: 1 | -1): number | undefined {
  if (events.length === 0) return undefined;
  const order = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => keyNames.indexOf(a.e.key as never) - keyNames.indexOf(b.e.key as never) || a.e.t - b.e.t || a.i - b.i);
  const selected = current !== undefined && events[current] ? current : undefined;
  const position = order.findIndex((o) => o.i === selected);
  return direction === 1 ? order[Math.min(order.length - 1, position + 1)]!.i : order[Math.max(0, position - 1)]!.i;
}

const eventsArb = fc.array(fc.record({ key: fc.constantFrom(...keyNames), t: fc.integer({ min: 0, max: 30 }) }), { maxLength: 40 });

describe("keyboard order on the timeline", () => {
  it("the next and previous event are those of the sorted order, ties by arrival", () => {
    fc.assert(
      fc.property(eventsArb, fc.option(fc.integer({ min: -1, max: 45 }), { nil: undefined }), fc.constantFrom<1 | -1>(1, -1), (events, current, direction) => {
        expect(neighbourInKeyboardOrder(events, current, direction)).toBe(bySorting(events, current, direction));
      }),
      { numRuns: 500 },
    );
  });

  it("walks rows top to bottom, each by time, and stays at either end", () => {
    const events: WindowEvent[] = [
      { key: "ben", t: 1 },
      { key: "ana", t: 9 },
      { key: "ana", t: 2 },
      { key: "ana", t: 2 },
    ];
    const walk: number[] = [];
    let at = neighbourInKeyboardOrder(events, undefined, 1);
    for (let n = 0; n < 5 && at !== undefined; n++) {
      walk.push(at);
      at = neighbourInKeyboardOrder(events, at, 1);
    }
    expect(walk).toEqual([2, 3, 1, 0, 0]);
    expect(neighbourInKeyboardOrder(events, 2, -1)).toBe(2);
    expect(neighbourInKeyboardOrder(events, undefined, -1)).toBe(2);
    expect(neighbourInKeyboardOrder([], 0, 1)).toBeUndefined();
  });
});
