import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkHistory } from "./checker";
import { formatHistory, MAX_HISTORY_CHARS, MAX_HISTORY_OPS, parseHistory } from "./parse";
import { simulate } from "./simulate";
import { validateConfig } from "./config";

function errorsOf(text: string): string[] {
  const result = parseHistory(text);
  return result.ok ? [] : result.errors;
}

describe("parseHistory", () => {
  it("numbers writes in line order, skipping versions given with @", () => {
    const result = parseHistory("a w x=1\na w x=2 @1\na w y=1");
    expect(result.ok && result.history.map((op) => (op.kind === "write" ? op.version : -1))).toEqual([2, 1, 3]);
  });

  it("infers a read's state from its value as the newest state that returns it", () => {
    const result = parseHistory("a w x=1\na w y=1\na w x=2\nb r x=1\nb r x=2\nb r x=nil");
    expect(result.ok && result.history.slice(3).map((op) => (op.kind === "read" ? op.at : -1))).toEqual([2, 3, 0]);
  });

  it("keeps the node named with `on`", () => {
    const result = parseHistory("a r x @0 on r2");
    expect(result.ok && result.history[0]!.node).toBe("r2");
  });

  it.each([
    ["alice", "Line 1: expected"],
    ["alice q x=1", 'Line 1: "q" is not an operation'],
    ["1alice w x=1", 'Line 1: "1alice" is not a client name'],
    ["alice w x", "Line 1: a write needs a value"],
    ["alice w x=nil", 'Line 1: "nil" means "never written"'],
    ["alice r x", "Line 1: a read needs the value it returned"],
    ["alice w x=1 @0", 'Line 1: "@0" is not a version'],
    ["alice w x=1 @abc", 'Line 1: "@abc" is not a version'],
    ["alice w x=1 later", 'Line 1: did not understand "later"'],
    ["a w x=1\n\n# note\nb w x=1", "Line 4: x=1 is already written on line 1"],
    ["a w x=1 @2\nb w y=1 @2", "Line 2: version @2 is already taken by the write on line 1"],
    ["a r x=5", "Line 1: no write in this history sets x=5"],
    ["a w x=1\na w x=2\nb r x=1 @2", "Line 3: at version @2, x is 2 (written on line 2), not 1"],
    ["", "The history is empty"],
  ])("explains %j", (text, message) => {
    expect(errorsOf(text).join("\n")).toContain(message);
  });

  it("caps size and operation count", () => {
    expect(errorsOf("a w x=1\n".repeat(2000)).join()).toContain(`limit is ${MAX_HISTORY_CHARS}`);
    const many = Array.from({ length: MAX_HISTORY_OPS + 1 }, (_, i) => `a w x=${i}`).join("\n");
    expect(errorsOf(many).join()).toContain(`at most ${MAX_HISTORY_OPS} operations`);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseHistory(text);
        expect(typeof result.ok).toBe("boolean");
        if (result.ok) checkHistory(result.history);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom("a", "b"), fc.constantFrom("r", "w"), fc.constantFrom("x", "y"), fc.constantFrom("1", "2", "nil", ""), fc.constantFrom("", "@0", "@1", "@3", "on r1")),
          { maxLength: 12 },
        ),
        (rows) => {
          const text = rows.map(([c, v, k, val, tail]) => `${c} ${v} ${k}${val ? `=${val}` : ""} ${tail}`).join("\n");
          expect(typeof parseHistory(text).ok).toBe("boolean");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads back what formatHistory writes, with the same verdict", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom("random", "sticky", "token", "leader" as const), (seed, strategy) => {
        const { config } = validateConfig({ seed, strategy, ops: 60, lags: [0, 50, 300] });
        const run = simulate(config);
        const text = formatHistory(run.history, run.check.reads.map((r) => r?.value));
        const parsed = parseHistory(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(checkHistory(parsed.history).violations).toEqual(run.check.violations);
      }),
      { numRuns: 50 },
    );
  });
});
