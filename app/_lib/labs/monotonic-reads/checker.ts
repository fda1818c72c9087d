import { guarantees, INITIAL_VALUE, type Guarantee, type Operation } from "./history";

/** One broken guarantee: `op` contradicts the earlier operation `witness` of the same session. */
export type Violation = {
  guarantee: Guarantee;
  /** Index in the history of the operation that breaks the guarantee. */
  op: number;
  /** Index of the earlier operation of the same session it contradicts (the strongest one: newest version). */
  witness: number;
  /** Index of the write involved: the one the read missed (RYW, MR) or that the write was ordered before (WFR, MW). */
  write: number;
};

export type ReadView = {
  /** Index of the write whose value the read returned, or -1 for the initial value. */
  sawWrite: number;
  value: string;
};

export type CheckResult = {
  violations: Violation[];
  counts: Record<Guarantee, number>;
  /** Per operation index, the guarantees it breaks (empty array when none). */
  labels: Guarantee[][];
  /** Per operation index, what a read returned (undefined for writes). */
  reads: (ReadView | undefined)[];
  readCount: number;
  writeCount: number;
  /** Reads that break read-your-writes or monotonic reads (the two a lagging replica breaks). */
  badReads: number;
  /** Malformed input (duplicate or non-positive versions); the checker skips such operations. */
  problems: string[];
};

type SessionState = {
  /** Newest own write: (version, index). */
  writeVersion: number;
  writeIndex: number;
  /** Newest write seen by an own read: (version of that write, index of the read, index of the write). */
  seenVersion: number;
  seenRead: number;
  seenWrite: number;
};

/**
 * Finds every operation that breaks one of Terry et al.'s four session guarantees, in O(n log n):
 * one sort of the writes per key, then one pass with O(1) state per session and a binary search per read.
 *
 * With one write order and replicas holding prefixes of it, the definitions (Terry et al. 1994, §3) become:
 * - RYW: a read's state must include every earlier write of its session: `at ≥ version(W)`.
 * - MR: a read's state must include the writes an earlier read of the session returned (its "relevant
 *   writes" for that key): `at ≥ version(write R1 saw)`.
 * - WFR: a write must be ordered after every write an earlier read of its session saw.
 * - MW: a write must be ordered after every earlier write of its session.
 * Never throws; malformed operations are listed in `problems` and skipped.
 */
export function checkHistory(history: readonly Operation[]): CheckResult {
  const counts: Record<Guarantee, number> = { RYW: 0, MR: 0, WFR: 0, MW: 0 };
  const labels: Guarantee[][] = history.map(() => []);
  const reads: (ReadView | undefined)[] = new Array(history.length);
  const violations: Violation[] = [];
  const problems: string[] = [];

  // Writes per key, sorted by version, for "which write did this read see" lookups.
  const byKey = new Map<string, { versions: number[]; indexes: number[] }>();
  const seenVersions = new Set<number>();
  const skip = new Uint8Array(history.length);
  const keyed = new Map<string, number[]>();
  history.forEach((op, index) => {
    if (op.kind !== "write") return;
    if (!Number.isSafeInteger(op.version) || op.version < 1) {
      problems.push(`operation ${index + 1}: a write's version must be a whole number ≥ 1, not ${op.version}`);
      skip[index] = 1;
      return;
    }
    if (seenVersions.has(op.version)) {
      problems.push(`operation ${index + 1}: version ${op.version} is used by two writes`);
      skip[index] = 1;
      return;
    }
    seenVersions.add(op.version);
    const list = keyed.get(op.key);
    if (list) list.push(index);
    else keyed.set(op.key, [index]);
  });
  for (const [key, indexes] of keyed) {
    indexes.sort((a, b) => (history[a] as { version: number }).version - (history[b] as { version: number }).version);
    byKey.set(key, { versions: indexes.map((i) => (history[i] as { version: number }).version), indexes });
  }

  const sessions = new Map<string, SessionState>();
  let readCount = 0;
  let writeCount = 0;
  let badReads = 0;

  function report(guarantee: Guarantee, op: number, witness: number, write: number) {
    counts[guarantee] += 1;
    labels[op]!.push(guarantee);
    violations.push({ guarantee, op, witness, write });
  }

  history.forEach((op, index) => {
    if (skip[index]) return;
    let session = sessions.get(op.client);
    if (!session) {
      session = { writeVersion: 0, writeIndex: -1, seenVersion: 0, seenRead: -1, seenWrite: -1 };
      sessions.set(op.client, session);
    }
    if (op.kind === "read") {
      if (!Number.isSafeInteger(op.at) || op.at < 0) {
        problems.push(`operation ${index + 1}: a read's state must be a whole number ≥ 0, not ${op.at}`);
        return;
      }
      readCount += 1;
      const sawWrite = newestAtOrBelow(byKey.get(op.key), op.at);
      const seen = sawWrite < 0 ? 0 : (history[sawWrite] as { version: number }).version;
      reads[index] = { sawWrite, value: sawWrite < 0 ? INITIAL_VALUE : (history[sawWrite] as { value: string }).value };
      let bad = false;
      if (session.writeIndex >= 0 && op.at < session.writeVersion) {
        report("RYW", index, session.writeIndex, session.writeIndex);
        bad = true;
      }
      if (session.seenRead >= 0 && op.at < session.seenVersion) {
        report("MR", index, session.seenRead, session.seenWrite);
        bad = true;
      }
      if (bad) badReads += 1;
      if (session.seenRead < 0 || seen > session.seenVersion) {
        session.seenVersion = seen;
        session.seenRead = index;
        session.seenWrite = sawWrite;
      }
    } else {
      writeCount += 1;
      if (session.seenRead >= 0 && session.seenWrite >= 0 && op.version < session.seenVersion) {
        report("WFR", index, session.seenRead, session.seenWrite);
      }
      if (session.writeIndex >= 0 && op.version < session.writeVersion) {
        report("MW", index, session.writeIndex, session.writeIndex);
      }
      if (op.version > session.writeVersion) {
        session.writeVersion = op.version;
        session.writeIndex = index;
      }
    }
  });

  return { violations, counts, labels, reads, readCount, writeCount, badReads, problems };
}

/** Index of the write with the greatest version ≤ `at`, or -1. Binary search: O(log n). */
function newestAtOrBelow(list: { versions: number[]; indexes: number[] } | undefined, at: number): number {
  if (!list) return -1;
  let low = 0;
  let high = list.versions.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list.versions[mid]! <= at) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found < 0 ? -1 : list.indexes[found]!;
}

/** Counts as fractions of reads (RYW, MR) or writes (WFR, MW); 0 when there is nothing to divide by. */
export function rates(result: CheckResult): Record<Guarantee, number> {
  const out = {} as Record<Guarantee, number>;
  for (const g of guarantees) {
    const base = g === "RYW" || g === "MR" ? result.readCount : result.writeCount;
    out[g] = base === 0 ? 0 : result.counts[g] / base;
  }
  return out;
}
