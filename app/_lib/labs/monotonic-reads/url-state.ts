import { defaultConfig, limits, strategies, validateConfig, type LabEvent, type SimConfig, type Strategy } from "./config";
import { MAX_HISTORY_CHARS } from "./parse";

/** The lab's URL key: `?monotonic-reads=<state>`. */
export const LAB_ID = "monotonic-reads";

export type LabState = {
  config: SimConfig;
  /** Which panel is open: the replica simulator or the hand-typed history checker. */
  tab: "simulate" | "check";
  /** The hand-typed history in the checker. */
  text: string;
  /** History table: only rows that break a guarantee. */
  onlyViolations: boolean;
  /** History table page, 0-based. */
  page: number;
};

/** The ops the UI lets a learner run at once (the model takes up to limits.maxOps). */
export const UI_MAX_OPS = 5_000;

export const EXAMPLE_HISTORY = `# one operation per line: <client> r|w <key>=<value> [@version] [on node]
# Jepsen's monotonic-reads example: p1 reads x=2, then x=1
p0 w x=1
p0 w x=2
p1 r x=2 @2 on r1
p1 r x=1 @1 on r2`;

export const defaultState: LabState = {
  config: defaultConfig,
  tab: "simulate",
  text: EXAMPLE_HISTORY,
  onlyViolations: false,
  page: 0,
};

function encodeEvent(e: LabEvent): string {
  return e.kind === "spike" ? `s${e.replica}@${e.at}+${e.extraMs}x${e.forOps}` : `l${e.replica}@${e.at}`;
}

function decodeEvent(text: string): LabEvent | undefined {
  const spike = /^s(\d)@(\d{1,6})\+(\d{1,5})x(\d{1,6})$/.exec(text);
  if (spike) return { kind: "spike", replica: +spike[1]!, at: +spike[2]!, extraMs: +spike[3]!, forOps: +spike[4]! };
  const loss = /^l(\d)@(\d{1,6})$/.exec(text);
  if (loss) return { kind: "loss", replica: +loss[1]!, at: +loss[2]! };
  return undefined;
}

/** The state as the value of `?monotonic-reads=`: short keys, only what differs from the defaults. */
export function encodeState(state: LabState): string {
  const c = state.config;
  const p = new URLSearchParams();
  if (c.seed !== defaultConfig.seed) p.set("s", String(c.seed));
  if (c.lags.join(".") !== defaultConfig.lags.join(".")) p.set("l", c.lags.join("."));
  if (c.clients !== defaultConfig.clients) p.set("c", String(c.clients));
  if (c.writePercent !== defaultConfig.writePercent) p.set("w", String(c.writePercent));
  if (c.strategy !== defaultConfig.strategy) p.set("r", c.strategy);
  if (c.ops !== defaultConfig.ops) p.set("n", String(c.ops));
  if (c.events.length > 0) p.set("e", c.events.map(encodeEvent).join(","));
  if (state.tab !== "simulate") p.set("t", state.tab);
  if (state.text !== EXAMPLE_HISTORY) p.set("h", state.text);
  if (state.onlyViolations) p.set("v", "1");
  if (state.page > 0) p.set("p", String(state.page));
  return p.toString() || "1";
}

const num = (value: string | null) => (value === null || value.trim() === "" ? undefined : Number(value));

/**
 * Reads a state back from the URL value. Anything missing takes its default; anything bad is replaced
 * and explained in `problems`, which the lab shows. Never throws.
 */
export function decodeState(value: string | null | undefined): { state: LabState; problems: string[] } {
  if (!value || value === "1") return { state: defaultState, problems: [] };
  if (value.length > MAX_HISTORY_CHARS * 4) {
    return { state: defaultState, problems: ["The link's lab state is too long; the lab starts from its defaults."] };
  }
  const p = new URLSearchParams(value);
  const problems: string[] = [];
  const lags = p.get("l")?.split(".").map(Number);
  const events: LabEvent[] = [];
  for (const part of (p.get("e") ?? "").split(",").filter(Boolean).slice(0, limits.maxEvents + 1)) {
    const event = decodeEvent(part);
    if (event) events.push(event);
    else problems.push(`The link names an event "${part.slice(0, 20)}" the lab does not know; it was left out.`);
  }
  const strategy = p.get("r") ?? undefined;
  const ops = num(p.get("n"));
  const validated = validateConfig({
    seed: num(p.get("s")),
    lags,
    clients: num(p.get("c")),
    writePercent: num(p.get("w")),
    strategy: strategy as Strategy | undefined,
    ops: ops !== undefined && ops > UI_MAX_OPS ? Number.NaN : ops,
    events,
  });
  problems.push(...validated.problems.map((m) => (m.startsWith("Operations") ? `Operations must be a whole number from 1 to ${UI_MAX_OPS.toLocaleString("en-US")} here.` : m)));
  if (strategy !== undefined && !strategies.includes(strategy as Strategy)) problems.push(`"${strategy.slice(0, 20)}" is not a routing strategy.`);
  const tab = p.get("t") === "check" ? "check" : "simulate";
  const text = (p.get("h") ?? EXAMPLE_HISTORY).slice(0, MAX_HISTORY_CHARS);
  const page = num(p.get("p"));
  return {
    state: {
      config: validated.config,
      tab,
      text,
      onlyViolations: p.get("v") === "1",
      page: page !== undefined && Number.isInteger(page) && page >= 0 ? page : 0,
    },
    problems: [...new Set(problems)],
  };
}
