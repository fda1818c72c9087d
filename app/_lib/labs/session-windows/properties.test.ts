import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGap, checkGrace, checkTime, limits } from "./config";
import { engines, joins, type Engine } from "./engines";
import { sessionizeNaive } from "./naive";
import { playback, withMaxSeenWatermarks } from "./playback";
import { runLab } from "./results";
import { sessionize, sessionizeColumns, type WindowEvent } from "./sessionize";
import { decodeState, encodeState } from "./url-state";

const event = fc.record({ key: fc.constantFrom("ana", "ben", "cy"), t: fc.integer({ min: 0, max: 200 }) });
const eventsArb = fc.array(event, { maxLength: 60 });
const gapArb = fc.integer({ min: 1, max: 40 });
const engineArb = fc.constantFrom<Engine>(...engines);
const shape = (s: { key: string; start: number; end: number; count: number }[]) => s.map(({ key, start, end, count }) => ({ key, start, end, count }));

describe("session windows: properties", () => {
  it("when no event is late, the final sessions do not depend on arrival order", () => {
    fc.assert(
      fc.property(eventsArb, gapArb, engineArb, fc.infiniteStream(fc.nat()), (events, gap, engine, shuffle) => {
        // A grace period longer than the whole timeline: nothing can be late.
        const shuffled = events.map((e) => [shuffle.next().value, e] as const).sort((a, b) => a[0] - b[0]).map(([, e]) => e);
        const steps = [...withMaxSeenWatermarks(shuffled), { kind: "watermark" as const, t: Infinity }];
        const played = playback(engine, steps, gap, 10_000);
        expect(played.dropped.size).toBe(0);
        expect(shape(played.sessions)).toEqual(shape(sessionize(events, gap, engine)));
      }),
    );
  });

  it("every event lies in exactly one session", () => {
    fc.assert(
      fc.property(eventsArb, gapArb, engineArb, (events, gap, engine) => {
        const sessions = sessionize(events, gap, engine);
        for (const e of events) {
          expect(sessions.filter((s) => s.key === e.key && s.first <= e.t && e.t <= s.last)).toHaveLength(1);
        }
        expect(sessions.reduce((n, s) => n + s.count, 0)).toBe(events.length);
      }),
    );
  });

  it("within one key, no two sessions are close enough for the engine's merge rule", () => {
    fc.assert(
      fc.property(eventsArb, gapArb, engineArb, (events, gap, engine) => {
        const sessions = sessionize(events, gap, engine);
        for (let i = 1; i < sessions.length; i++) {
          const [a, b] = [sessions[i - 1]!, sessions[i]!];
          if (a.key === b.key) expect(joins(engine, b.first - a.last, gap)).toBe(false);
        }
      }),
    );
  });

  it("with late events dropped, every kept event still lies in exactly one session", () => {
    fc.assert(
      fc.property(eventsArb, gapArb, fc.integer({ min: 0, max: 30 }), engineArb, (events, gap, grace, engine) => {
        const steps = [...withMaxSeenWatermarks(events), { kind: "watermark" as const, t: Infinity }];
        const { dropped, sessions } = playback(engine, steps, gap, grace);
        const kept = events.filter((_, i) => !dropped.has(i));
        expect(sessions.reduce((n, s) => n + s.count, 0)).toBe(kept.length);
        for (const e of kept) expect(sessions.filter((s) => s.key === e.key && s.start <= e.t && e.t <= s.end).length).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("the one-pass, the column and the naive sessionizers agree", () => {
    fc.assert(
      fc.property(eventsArb, gapArb, engineArb, (events, gap, engine) => {
        const fast = sessionize(events, gap, engine);
        expect(shape(sessionizeNaive(events, gap, engine))).toEqual(shape(fast));
        const names = ["ana", "ben", "cy"];
        const columns = sessionizeColumns(
          Int32Array.from(events, (e) => names.indexOf(e.key)),
          Float64Array.from(events, (e) => e.t),
          names.length,
          gap,
          engine,
        );
        const fromColumns = [...columns.sessionStart].map((start, i) => ({ key: names[columns.sessionKey[i]!]!, start, end: columns.sessionEnd[i]! }));
        expect(fromColumns).toEqual(fast.map(({ key, start, end }) => ({ key, start, end })));
      }),
    );
  });

  it("never throws, whatever it is fed", () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN), fc.constant(Infinity), fc.constant(-Infinity));
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.string({ maxLength: 3 }), t: anyNumber }), { maxLength: 30 }), anyNumber, anyNumber, engineArb, (events, gap, grace, engine) => {
        const lab = runLab({ gap, grace, events: events as WindowEvent[] });
        expect(lab.runs).toHaveLength(3);
        expect(() => sessionize(events, gap, engine)).not.toThrow();
        expect(() => sessionizeNaive(events, gap, engine)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(() => decodeState(text)).not.toThrow();
        for (const check of [checkGap, checkGrace, checkTime]) {
          const result = check(text);
          if (result.ok) expect(result.value).toBeLessThanOrEqual(limits.maxSeconds);
        }
      }),
    );
  });

  it("a state survives the URL", () => {
    const key = fc.constantFrom("ana", "ben", "cy", "dee", "eli", "fay", "gus", "hal");
    fc.assert(
      fc.property(fc.array(fc.record({ key, t: fc.integer({ min: 0, max: limits.maxSeconds }) }), { maxLength: 50 }), gapArb, fc.integer({ min: 0, max: 100 }), fc.boolean(), (events, gap, grace, table) => {
        const state = { config: { gap, grace, events }, step: events.length, view: table ? ("table" as const) : ("timeline" as const) };
        const back = decodeState(encodeState(state));
        expect(back.problems).toEqual([]);
        expect(back.state).toEqual(state);
      }),
    );
  });
});
