import { describe, expect, it } from "vitest";
import { checkHistory } from "./checker";
import type { Guarantee } from "./history";
import { parseHistory } from "./parse";

/**
 * Faithfulness: hand-written histories, each built from a published definition and citing it.
 * - Terry, Demers, Petersen, Spreitzer, Theimer, Welch, "Session Guarantees for Weakly Consistent
 *   Replicated Data", PDIS 1994, §3 (definitions of RYW, MR, WFR, MW in terms of DB(S,t),
 *   RelevantWrites and WriteOrder). https://doi.org/10.1109/PDIS.1994.331722
 * - Jepsen, consistency models: https://jepsen.io/consistency/models/read-your-writes,
 *   …/monotonic-reads, …/writes-follow-reads, …/monotonic-writes (each after Viotti & Vukolić).
 */

function check(text: string) {
  const parsed = parseHistory(text);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const result = checkHistory(parsed.history);
  const found = result.violations.map((v) => ({
    guarantee: v.guarantee,
    line: parsed.history[v.op]!.line,
    witnessLine: parsed.history[v.witness]!.line,
  }));
  return { result, found, broken: new Set<Guarantee>(result.violations.map((v) => v.guarantee)) };
}

describe("read your writes", () => {
  it("Terry §3: a read at a server whose DB lacks the session's earlier write breaks RYW", () => {
    // "If Read R follows Write W in a session and R is performed at server S at time t, then W is included in DB(S,t)."
    const { found } = check(`
      alice w x=1          # W, version 1
      alice r x @0 on r2   # R at a replica that has not applied version 1
    `);
    expect(found).toEqual([{ guarantee: "RYW", line: 3, witnessLine: 2 }]);
  });

  it("Terry §3: the write counts even when R reads another key (W must be in DB(S,t), not only relevant writes)", () => {
    const { found } = check(`
      alice w x=1
      alice w y=1
      alice r x @1     # the state lacks version 2 (alice's y=1)
    `);
    expect(found).toEqual([{ guarantee: "RYW", line: 4, witnessLine: 3 }]);
  });

  it("Jepsen read-your-writes: it does not apply to operations of different processes", () => {
    // "There is no guarantee, for instance, that if process 1 writes a value successfully, that process 2 will subsequently observe that write."
    const { result } = check(`
      p1 w x=1
      p2 r x=nil
    `);
    expect(result.violations).toEqual([]);
  });

  it("Jepsen read-your-writes: a later read observing the write's effects is fine", () => {
    const { result } = check(`
      p1 w x=1
      p1 r x=1
      p1 w x=2
      p1 r x=2
    `);
    expect(result.violations).toEqual([]);
  });
});

describe("monotonic reads", () => {
  it("Jepsen monotonic-reads: r2 may not observe a state prior to the writes reflected in r1", () => {
    // "if a process performs read r1, then r2, then r2 cannot observe a state prior to the writes which were reflected in r1"
    const { found } = check(`
      p0 w x=1
      p0 w x=2
      p1 r x=2
      p1 r x=1
    `);
    expect(found).toEqual([{ guarantee: "MR", line: 5, witnessLine: 4 }]);
  });

  it("Terry §3: only R1's relevant writes must be in DB(S2,t2): a state missing an unrelated newer write is fine", () => {
    // "RelevantWrites(S1,t1,R1) is a subset of DB(S2,t2)": R1 read x, so writes to y do not constrain R2.
    const { result } = check(`
      p0 w x=1        # version 1
      p0 w y=1        # version 2
      p1 r x=1 @2     # R1 at a state with both writes; its relevant writes are {x=1}
      p1 r y=nil @1   # R2 at a state with only version 1: still includes x=1
    `);
    expect(result.violations).toEqual([]);
  });

  it("Jepsen monotonic-reads: it does not apply across processes", () => {
    const { result } = check(`
      p0 w x=1
      p1 r x=1
      p2 r x=nil
    `);
    expect(result.violations).toEqual([]);
  });
});

describe("writes follow reads", () => {
  it("Jepsen writes-follow-reads: w2 ordered before the w1 its session read breaks WFR", () => {
    // "if a process reads a value v, which came from a write w1, and later performs write w2, then w2 must be visible after w1"
    const { found } = check(`
      p0 w x=1 @2     # w1
      p1 r x=1        # p1 reads v from w1
      p1 w y=1 @1     # w2, yet ordered before w1
    `);
    expect(found).toEqual([{ guarantee: "WFR", line: 4, witnessLine: 3 }]);
  });

  it("Terry §3: WriteOrder(W1, W2) must hold for the writes R1 saw: a write ordered after them is fine", () => {
    const { result } = check(`
      p0 w x=1
      p1 r x=1
      p1 w y=1
    `);
    expect(result.violations).toEqual([]);
  });
});

describe("monotonic writes", () => {
  it("Terry §3: W2 ordered before the session's earlier W1 breaks MW", () => {
    // "If Write W1 precedes Write W2 in a session, then, for any server S2, if W2 in DB(S2) then W1 is also in DB(S2) and WriteOrder(W1,W2)."
    const { found } = check(`
      p1 w x=1 @2
      p1 w x=2 @1
    `);
    expect(found).toEqual([{ guarantee: "MW", line: 3, witnessLine: 2 }]);
  });

  it("Jepsen monotonic-writes: writes of different processes may be ordered either way", () => {
    const { result } = check(`
      p1 w x=1 @2
      p2 w x=2 @1
    `);
    expect(result.violations).toEqual([]);
  });
});

describe("histories that satisfy one guarantee and break another", () => {
  it("RYW holds, MR breaks: the session never wrote, so only its reads constrain it", () => {
    const { broken } = check(`
      p0 w x=1
      p0 w x=2
      p1 r x=2
      p1 r x=1
    `);
    expect([...broken]).toEqual(["MR"]);
  });

  it("MR holds, RYW breaks: reads never go back, but the first one misses the session's own write", () => {
    const { broken } = check(`
      p1 w x=1
      p1 r x @0
      p1 r x @0
      p1 r x @1
    `);
    expect([...broken]).toEqual(["RYW"]);
  });

  it("MW holds, WFR breaks (writes in order, but one is ordered before what the session read)", () => {
    const { broken } = check(`
      p0 w x=1 @3
      p1 w y=1 @1
      p1 r x=1
      p1 w y=2 @2
    `);
    expect([...broken]).toEqual(["WFR"]);
  });

  it("WFR holds, MW breaks (the session never read)", () => {
    const { broken } = check(`
      p1 w x=1 @2
      p1 w y=1 @1
    `);
    expect([...broken]).toEqual(["MW"]);
  });

  it("reports every violating operation, not only the first", () => {
    const { found } = check(`
      p1 w x=1
      p1 r x @0
      p1 r x @0
      p0 w x=2
      p2 r x=2
      p2 r x=1
    `);
    expect(found.map((f) => `${f.guarantee}@${f.line}`)).toEqual(["RYW@3", "RYW@4", "MR@7"]);
  });
});

describe("the checker's input handling", () => {
  it("never throws on malformed operations; it names them", () => {
    const result = checkHistory([
      { kind: "write", client: "a", key: "x", value: "1", version: 1 },
      { kind: "write", client: "a", key: "x", value: "2", version: 1 },
      { kind: "write", client: "a", key: "x", value: "3", version: -4 },
      { kind: "read", client: "a", key: "x", at: Number.NaN },
    ]);
    expect(result.problems).toHaveLength(3);
    expect(result.violations).toEqual([]);
  });

  it("handles 100,000 operations in well under a second", () => {
    const history = [];
    let version = 0;
    for (let i = 0; i < 100_000; i++) {
      const client = `c${i % 50}`;
      if (i % 3 === 0) history.push({ kind: "write" as const, client, key: `k${i % 7}`, value: String(i), version: ++version });
      else history.push({ kind: "read" as const, client, key: `k${i % 7}`, at: Math.max(0, version - (i % 5)) });
    }
    const start = performance.now();
    const result = checkHistory(history);
    const ms = performance.now() - start;
    expect(result.readCount + result.writeCount).toBe(100_000);
    expect(ms).toBeLessThan(1_000);
  });
});
