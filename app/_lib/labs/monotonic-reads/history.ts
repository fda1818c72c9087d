/**
 * A history of one replicated register store, as the monotonic-reads lab and its checker see it.
 *
 * The store has ONE write order: every write gets a version, its position in that order (1, 2, 3…),
 * as a single leader's log or a PostgreSQL LSN gives it. A replica's state is a prefix of that order,
 * named by the newest version it has applied. A read therefore records the state it read from (`at`);
 * the value it returned is the newest write to its key with a version ≤ `at`. This is Terry et al.'s
 * DB(S,t) ("Session Guarantees for Weakly Consistent Replicated Data", 1994, §2) with the write order
 * made explicit.
 */

export const guarantees = ["RYW", "MR", "WFR", "MW"] as const;
/** Read-your-writes, monotonic reads, writes-follow-reads, monotonic writes (Terry et al. 1994, §3). */
export type Guarantee = (typeof guarantees)[number];

export const guaranteeNames: Record<Guarantee, string> = {
  RYW: "read your writes",
  MR: "monotonic reads",
  WFR: "writes follow reads",
  MW: "monotonic writes",
};

type Common = {
  /** The session: one user, browser tab or client object. Guarantees relate operations of one session only. */
  client: string;
  key: string;
  /** Which node served it ("leader", "r1"…), when known. */
  node?: string;
  /** Milliseconds since the start of the run, when known (simulated runs). */
  time?: number;
  /** 1-based line in a hand-typed history, for messages. */
  line?: number;
};

export type WriteOp = Common & {
  kind: "write";
  value: string;
  /** Position in the store's one write order: 1 is the first write. Unique in a history. */
  version: number;
};

export type ReadOp = Common & {
  kind: "read";
  /** The state the read saw: every write with a version ≤ `at` and nothing newer. 0 is the empty store. */
  at: number;
  /** How many versions the serving node was behind the leader (simulated runs only). */
  behind?: number;
};

export type Operation = WriteOp | ReadOp;

/** The value a key has before anything is written to it. */
export const INITIAL_VALUE = "nil";
