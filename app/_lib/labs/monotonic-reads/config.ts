/** How clients pick the node that serves a read. Writes always go to the leader. */
export const strategies = ["random", "sticky", "token", "leader"] as const;
export type Strategy = (typeof strategies)[number];

export const strategyNames: Record<Strategy, string> = {
  random: "random replica",
  sticky: "sticky by user hash",
  token: "at least the version seen (token)",
  leader: "always the leader",
};

export type LabEvent =
  /** From operation `at` on, writes reach replica `replica` (1-based) `extraMs` later, for `forOps` operations. */
  | { kind: "spike"; replica: number; at: number; extraMs: number; forOps: number }
  /** From operation `at` on, replica `replica` is gone: no client can reach it. */
  | { kind: "loss"; replica: number; at: number };

export type SimConfig = {
  /** Seeds the workload and the routing choices: the same config gives the same history. */
  seed: number;
  /** Replication lag of each replica in milliseconds; 2 to 5 replicas. */
  lags: number[];
  /** Number of clients (sessions), each one user. */
  clients: number;
  strategy: Strategy;
  /** Operations in the run. */
  ops: number;
  /** Percentage of operations that are writes. */
  writePercent: number;
  events: LabEvent[];
};

/** Caps: keep a run and its history table within what a browser tab handles at once. */
export const limits = {
  minReplicas: 2,
  maxReplicas: 5,
  maxLagMs: 5_000,
  maxClients: 8,
  maxOps: 100_000,
  maxEvents: 20,
  maxSpikeMs: 10_000,
} as const;

/** Simulated time between two operations (of any client). */
export const OP_INTERVAL_MS = 20;

export const defaultConfig: SimConfig = {
  seed: 7,
  lags: [40, 120, 400],
  clients: 3,
  strategy: "random",
  ops: 40,
  writePercent: 30,
  events: [],
};

export type Validated = { config: SimConfig; problems: string[] };

function whole(value: unknown, min: number, max: number, fallback: number, name: string, problems: string[]): number {
  const n = typeof value === "number" ? value : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}${value === undefined ? "" : `, not ${String(value)}`}.`);
    return fallback;
  }
  return n;
}

/** Checks and caps a config; anything out of range falls back to a safe value and gets a message. Never throws. */
export function validateConfig(input: Partial<SimConfig>): Validated {
  const problems: string[] = [];
  const seed = whole(input.seed ?? defaultConfig.seed, 0, 2 ** 32 - 1, defaultConfig.seed, "The seed", problems);
  let lags = Array.isArray(input.lags) ? input.lags : defaultConfig.lags;
  if (lags.length < limits.minReplicas || lags.length > limits.maxReplicas) {
    problems.push(`There must be ${limits.minReplicas} to ${limits.maxReplicas} replicas, not ${lags.length}.`);
    lags = defaultConfig.lags;
  }
  lags = lags.map((lag, i) => whole(lag, 0, limits.maxLagMs, 0, `Replica r${i + 1}'s lag (ms)`, problems));
  const clients = whole(input.clients ?? defaultConfig.clients, 1, limits.maxClients, defaultConfig.clients, "Clients", problems);
  const strategy = strategies.includes(input.strategy as Strategy) ? (input.strategy as Strategy) : defaultConfig.strategy;
  if (input.strategy !== undefined && strategy !== input.strategy) problems.push(`"${String(input.strategy)}" is not a strategy.`);
  const ops = whole(input.ops ?? defaultConfig.ops, 1, limits.maxOps, defaultConfig.ops, "Operations", problems);
  const writePercent = whole(input.writePercent ?? defaultConfig.writePercent, 0, 100, defaultConfig.writePercent, "Writes (%)", problems);
  const events: LabEvent[] = [];
  for (const event of (input.events ?? []).slice(0, limits.maxEvents)) {
    if (!event || event.replica < 1 || event.replica > lags.length || !Number.isInteger(event.replica)) {
      problems.push(`An event names replica r${String(event?.replica)}, which does not exist.`);
      continue;
    }
    const at = whole(event.at, 0, limits.maxOps, 0, "An event's operation number", problems);
    if (event.kind === "spike") {
      const extraMs = whole(event.extraMs, 1, limits.maxSpikeMs, 1_000, "A lag spike (ms)", problems);
      const forOps = whole(event.forOps, 1, limits.maxOps, 50, "A lag spike's length (operations)", problems);
      events.push({ kind: "spike", replica: event.replica, at, extraMs, forOps });
    } else if (event.kind === "loss") {
      events.push({ kind: "loss", replica: event.replica, at });
    }
  }
  if ((input.events?.length ?? 0) > limits.maxEvents) problems.push(`At most ${limits.maxEvents} events; the rest were dropped.`);
  return { config: { seed, lags, clients, strategy, ops, writePercent, events }, problems };
}
