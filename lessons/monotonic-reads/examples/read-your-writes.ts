/** One SQL round trip that returns a single text value (or null); wrap your driver in this. */
export type QueryOne = (sql: string) => Promise<string | null>;
export type Node = { name: string; queryOne: QueryOne };

// PostgreSQL 10+. On the primary after a write; on a standby before a read.
const WRITTEN = "SELECT pg_current_wal_lsn()::text";
const REPLAYED = "SELECT pg_last_wal_replay_lsn()::text";

/** An LSN such as "16/B374D848" as a number that compares correctly. */
export function parseLsn(text: string | null | undefined): bigint | undefined {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text ?? "");
  if (!match) return undefined;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/** The newer of two LSNs: what the session keeps as "seen". */
export function newer(a: string | undefined, b: string | undefined) {
  const [x, y] = [parseLsn(a), parseLsn(b)];
  if (x === undefined) return y === undefined ? undefined : b;
  return y !== undefined && y > x ? b : a;
}

/** After a commit on the leader: the LSN to store in the session. */
export async function seenAfterWrite(leader: Node) {
  return (await leader.queryOne(WRITTEN)) ?? undefined;
}

/**
 * The first replica that has replayed `seen`, else the leader. Its state
 * only moves forward, so a read sent there next sees at least `seen`.
 */
export async function nodeFor(
  seen: string | undefined,
  replicas: Node[],
  leader: Node,
): Promise<Node> {
  const wanted = parseLsn(seen) ?? 0n;
  for (const replica of replicas) {
    const replayed = parseLsn(await replica.queryOne(REPLAYED).catch(() => null));
    if (replayed !== undefined && replayed >= wanted) return replica;
  }
  return leader; // nobody is fresh enough (or reachable): read your writes anyway
}
