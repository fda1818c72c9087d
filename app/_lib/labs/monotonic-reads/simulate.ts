import { fnv1a, mulberry32 } from "@/app/_lib/random/seeded";
import { checkHistory, type CheckResult } from "./checker";
import { OP_INTERVAL_MS, strategies, type SimConfig, type Strategy } from "./config";
import type { Operation } from "./history";

/** Keys the simulated clients read and write. Two, so monotonic reads is about more than one value. */
export const KEYS = ["x", "y"] as const;

export type RunStats = {
  strategy: Strategy;
  reads: number;
  writes: number;
  /** Reads that returned a state older than the leader's at that moment. */
  staleReads: number;
  /** Mean and maximum number of versions a read was behind the leader. */
  meanBehind: number;
  maxBehind: number;
  /** Token strategy: reads no live replica could serve, sent to the leader instead. */
  leaderFallbacks: number;
};

export type Run = { history: Operation[]; check: CheckResult; stats: RunStats };

/** The run's generator: mulberry32 (app/_lib/random/seeded.ts), re-exported for the real-Redis test. */
export const rng = mulberry32;

/** FNV-1a: the "hash of the user" that sticky routing takes modulo the live replicas. */
export const hashUser = (name: string): number => fnv1a(name);

export const clientName = (i: number) => `u${i + 1}`;
export const replicaName = (i: number) => `r${i + 1}`;

/**
 * Runs a seeded workload against a leader and asynchronous replicas. Writes go to the leader and get the
 * next version; replica i applies each write `lag_i` ms after it (longer during a spike), in order, so its
 * state is always a prefix of the leader's. Reads are routed by the strategy. The workload (who does what,
 * when) comes from one random stream and routing from another, so every strategy sees the same workload.
 * `config` must come from `validateConfig`.
 */
export function simulate(config: SimConfig): Run {
  const work = rng(config.seed);
  const route = rng(config.seed ^ 0x9e3779b9);
  const replicas = config.lags.length;
  // Per replica: the apply time of each version (index = version - 1); applied count; alive flag.
  const applyTimes: number[][] = Array.from({ length: replicas }, () => []);
  const applied = new Array<number>(replicas).fill(0);
  const lastApply = new Array<number>(replicas).fill(0);
  const alive = new Array<boolean>(replicas).fill(true);
  const tokens = new Array<number>(config.clients).fill(0);
  const history: Operation[] = [];
  let version = 0;
  let staleReads = 0;
  let behindSum = 0;
  let maxBehind = 0;
  let leaderFallbacks = 0;
  let reads = 0;
  const spikes = config.events.filter((e) => e.kind === "spike");
  const losses = config.events.filter((e) => e.kind === "loss");

  function extraLag(replica: number, op: number): number {
    let extra = 0;
    for (const s of spikes) if (s.replica === replica + 1 && op >= s.at && op < s.at + s.forOps) extra += s.extraMs;
    return extra;
  }

  for (let op = 0; op < config.ops; op++) {
    const now = op * OP_INTERVAL_MS;
    for (const loss of losses) if (loss.at === op) alive[loss.replica - 1] = false;
    // Replicas catch up to `now` (a dead replica's state is frozen; nobody reads it).
    for (let r = 0; r < replicas; r++) {
      const times = applyTimes[r]!;
      while (applied[r]! < times.length && times[applied[r]!]! <= now) applied[r]! += 1;
    }
    const client = Math.floor(work() * config.clients);
    const isWrite = work() * 100 < config.writePercent;
    const key = KEYS[Math.floor(work() * KEYS.length)]!;
    const name = clientName(client);
    if (isWrite) {
      version += 1;
      for (let r = 0; r < replicas; r++) {
        const due = Math.max(lastApply[r]!, now + config.lags[r]! + extraLag(r, op));
        lastApply[r] = due;
        applyTimes[r]!.push(due);
        if (due <= now) applied[r]! += 1;
      }
      tokens[client] = Math.max(tokens[client]!, version);
      history.push({ kind: "write", client: name, key, value: String(version), version, node: "leader", time: now });
      continue;
    }
    reads += 1;
    const live: number[] = [];
    for (let r = 0; r < replicas; r++) if (alive[r]) live.push(r);
    let node = -1; // -1 = leader
    switch (config.strategy) {
      case "leader":
        break;
      case "random":
        if (live.length > 0) node = live[Math.floor(route() * live.length)]!;
        break;
      case "sticky":
        if (live.length > 0) node = live[hashUser(name) % live.length]!;
        break;
      case "token": {
        // Try the live replicas in a random order, as Cosmos DB's SDK retries another replica; else the leader.
        const order = shuffled(live, route);
        const ok = order.find((r) => applied[r]! >= tokens[client]!);
        if (ok === undefined) leaderFallbacks += 1;
        else node = ok;
        break;
      }
    }
    const at = node < 0 ? version : applied[node]!;
    const behind = version - at;
    if (behind > 0) staleReads += 1;
    behindSum += behind;
    if (behind > maxBehind) maxBehind = behind;
    tokens[client] = Math.max(tokens[client]!, at);
    history.push({ kind: "read", client: name, key, at, node: node < 0 ? "leader" : replicaName(node), time: now, behind });
  }

  const check = checkHistory(history);
  return {
    history,
    check,
    stats: {
      strategy: config.strategy,
      reads,
      writes: version,
      staleReads,
      meanBehind: reads === 0 ? 0 : behindSum / reads,
      maxBehind,
      leaderFallbacks,
    },
  };
}

function shuffled(items: number[], random: () => number): number[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export type StrategyRow = { strategy: Strategy; badReads: number; reads: number; rate: number; check: CheckResult; stats: RunStats };

/** The same seeded workload under every strategy: the lab's "run 1,000 operations" table. */
export function compareStrategies(config: SimConfig): StrategyRow[] {
  return strategies.map((strategy) => {
    const run = simulate({ ...config, strategy });
    const reads = run.check.readCount;
    return {
      strategy,
      badReads: run.check.badReads,
      reads,
      rate: reads === 0 ? 0 : run.check.badReads / reads,
      check: run.check,
      stats: run.stats,
    };
  });
}
