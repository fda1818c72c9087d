/**
 * The lab's settings: validated with a message per field, capped, and written to and read from the URL
 * (`?affinity=consistent_1.1.1_1000_20_7_k2.r2.a.x3`: characters a URL keeps as they are). Parsing never throws.
 */
import { LIMITS, STRATEGIES, type LabConfig, type LabEvent, type Strategy } from "./simulation";

export type FieldErrors = Partial<Record<"strategy" | "nodes" | "weights" | "clients" | "natPercent" | "seed" | "events", string>>;

export const DEFAULT_CONFIG: LabConfig = { strategy: "ip-hash", weights: [1, 1, 1, 1], clients: 1000, natPercent: 20, seed: 7, events: [] };

export type RawSettings = { strategy: string; nodes: string; weights: string; clients: string; natPercent: string; seed: string };

const wholeNumber = (text: string): number | null => (/^\s*\d{1,9}\s*$/.test(text) ? Number(text) : null);

/** Checks the form's fields; returns the settings (without events) or a message per bad field. */
export function validateSettings(raw: RawSettings): { ok: true; config: Omit<LabConfig, "events"> } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const strategy = (STRATEGIES as readonly string[]).includes(raw.strategy) ? (raw.strategy as Strategy) : null;
  if (!strategy) errors.strategy = `Choose one of: ${STRATEGIES.join(", ")}.`;
  const nodes = wholeNumber(raw.nodes);
  if (nodes === null || nodes < LIMITS.minNodes || nodes > LIMITS.maxNodes) errors.nodes = `Nodes: a whole number from ${LIMITS.minNodes} to ${LIMITS.maxNodes}.`;
  let weights: number[] = [];
  const weightText = raw.weights.trim();
  if (nodes !== null && !errors.nodes) {
    if (weightText === "") weights = Array.from({ length: nodes }, () => 1);
    else {
      const parts = weightText.split(/[\s,]+/);
      const parsed = parts.map(wholeNumber);
      if (parsed.some((w) => w === null || w < 1 || w > LIMITS.maxWeight)) errors.weights = `Weights: whole numbers from 1 to ${LIMITS.maxWeight}, separated by commas.`;
      else if (parsed.length !== nodes) errors.weights = `Weights: give one per node (${nodes}), or leave empty for all 1.`;
      else weights = parsed as number[];
    }
  }
  const clients = wholeNumber(raw.clients);
  if (clients === null || clients < LIMITS.minClients || clients > LIMITS.maxClients) errors.clients = `Clients: a whole number from ${LIMITS.minClients} to ${LIMITS.maxClients.toLocaleString("en")}.`;
  const natPercent = wholeNumber(raw.natPercent);
  if (natPercent === null || natPercent > 100) errors.natPercent = "Behind one NAT: a percentage from 0 to 100.";
  const seed = wholeNumber(raw.seed);
  if (seed === null || seed > 999_999) errors.seed = "Seed: a whole number from 0 to 999999.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, config: { strategy: strategy!, weights, clients: clients!, natPercent: natPercent!, seed: seed! } };
}

export const settingsOf = (config: LabConfig): RawSettings => ({
  strategy: config.strategy,
  nodes: String(config.weights.length),
  weights: config.weights.every((w) => w === 1) ? "" : config.weights.join(","),
  clients: String(config.clients),
  natPercent: String(config.natPercent),
  seed: String(config.seed),
});

const EVENT_CODES = { kill: "k", revive: "r", add: "a", remove: "x" } as const;

export function encodeConfig(config: LabConfig): string {
  const events = config.events.map((e) => `${EVENT_CODES[e.kind]}${e.kind === "add" ? "" : e.node}`).join(".");
  return [config.strategy, config.weights.join("."), config.clients, config.natPercent, config.seed, events].join("_");
}

/** Reads the URL value; anything malformed gives the defaults and a message, never an exception. */
export function decodeConfig(value: string | null): { config: LabConfig; error: string | null } {
  if (!value) return { config: DEFAULT_CONFIG, error: null };
  const fail = (why: string) => ({ config: DEFAULT_CONFIG, error: `The link's lab settings were not understood (${why}), so the lab starts from its defaults.` });
  if (value.length > 400) return fail("too long");
  // "_" separates the fields; "~" is accepted too, as links made by the first version of the lab used it.
  const [strategy = "", weights = "", clients = "", nat = "", seed = "", eventText = ""] = value.split(/[_~]/);
  const weightList = weights.split(".");
  const checked = validateSettings({ strategy, nodes: String(weightList.length), weights: weightList.join(","), clients, natPercent: nat, seed });
  if (!checked.ok) return fail(Object.values(checked.errors)[0]!);
  const events: LabEvent[] = [];
  for (const code of eventText ? eventText.split(".") : []) {
    const match = /^([krax])(\d{0,2})$/.exec(code);
    if (!match) return fail(`event "${code.slice(0, 10)}"`);
    const kind = (Object.keys(EVENT_CODES) as LabEvent["kind"][]).find((k) => EVENT_CODES[k] === match[1])!;
    if (kind !== "add" && !match[2]) return fail(`event "${code}" names no node`);
    events.push({ kind, node: kind === "add" ? 0 : Number(match[2]) });
  }
  if (events.length > LIMITS.maxEvents) return fail(`more than ${LIMITS.maxEvents} events`);
  return { config: { ...checked.config, events }, error: null };
}
