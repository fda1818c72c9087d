import { checkGap, checkGrace, groupThousands, keyNames, limits, type LabConfig } from "./config";
import { defaultConfig } from "./presets";
import type { WindowEvent } from "./sessionize";

/** The lab's URL key: `?session-windows=<state>`. */
export const LAB_ID = "session-windows";

export type LabState = {
  config: LabConfig;
  /** Playback position: how many events have arrived (0 to events.length). */
  step: number;
  /** Results as a timeline or as a table. */
  view: "timeline" | "table";
};

export const defaultState: LabState = { config: defaultConfig, step: defaultConfig.events.length, view: "timeline" };

/** The longest state value the lab reads back: 2,000 events at up to 6 characters each, and the rest. */
const MAX_VALUE_LENGTH = limits.maxEvents * 7 + 200;

/** Events as `a0.a10.b5`: the key's letter (its row) and the time, in arrival order. */
function encodeEvents(events: readonly WindowEvent[]): string {
  return events.map((e) => `${String.fromCharCode(97 + keyNames.indexOf(e.key as (typeof keyNames)[number]))}${e.t}`).join(".");
}

/** The state as the value of `?session-windows=`: short keys, only what differs from the defaults. */
export function encodeState(state: LabState): string {
  const p = new URLSearchParams();
  const c = state.config;
  if (c.gap !== defaultConfig.gap) p.set("g", String(c.gap));
  if (c.grace !== defaultConfig.grace) p.set("r", String(c.grace));
  const events = encodeEvents(c.events);
  if (events !== encodeEvents(defaultConfig.events)) p.set("e", events || "-");
  if (state.step !== c.events.length) p.set("s", String(state.step));
  if (state.view !== "timeline") p.set("v", state.view);
  return p.toString() || "1";
}

/**
 * Reads a state back from the URL. Anything missing takes its default; anything bad is left out or replaced and
 * explained in `problems`, which the lab shows. Never throws.
 */
export function decodeState(value: string | null | undefined): { state: LabState; problems: string[] } {
  if (!value || value === "1") return { state: defaultState, problems: [] };
  if (value.length > MAX_VALUE_LENGTH) {
    return { state: defaultState, problems: ["The link's lab state is too long; the lab starts from its first preset."] };
  }
  const p = new URLSearchParams(value);
  const problems: string[] = [];
  const number = (raw: string | null, check: (text: string) => ReturnType<typeof checkGap>, fallback: number) => {
    if (raw === null) return fallback;
    const result = check(raw);
    if (result.ok) return result.value;
    problems.push(`${result.message} The link's value was left out.`);
    return fallback;
  };
  const gap = number(p.get("g"), checkGap, defaultConfig.gap);
  const grace = number(p.get("r"), checkGrace, defaultConfig.grace);

  let events = defaultConfig.events;
  const raw = p.get("e");
  if (raw !== null) {
    events = [];
    const parts = raw === "-" ? [] : raw.split(".");
    let bad = 0;
    for (const part of parts) {
      const match = /^([a-h])(\d{1,5})$/.exec(part);
      const t = match ? Number(match[2]) : NaN;
      if (!match || t > limits.maxSeconds) {
        bad++;
        continue;
      }
      if (events.length >= limits.maxEvents) {
        problems.push(`The link has more than ${groupThousands(limits.maxEvents)} events; the lab kept the first ${groupThousands(limits.maxEvents)}.`);
        break;
      }
      events.push({ key: keyNames[match[1]!.charCodeAt(0) - 97]!, t });
    }
    if (bad > 0) problems.push(`${bad} event${bad === 1 ? "" : "s"} in the link ${bad === 1 ? "is" : "are"} not a user letter (a to h) and a time from 0 to 86,400; left out.`);
  }
  const stepRaw = p.get("s");
  const stepNumber = stepRaw === null ? events.length : Number(stepRaw);
  const step = Number.isInteger(stepNumber) && stepNumber >= 0 && stepNumber <= events.length ? stepNumber : events.length;
  if (stepRaw !== null && step !== stepNumber) problems.push(`The playback step must be a whole number from 0 to ${events.length}; the lab shows every event.`);
  return { state: { config: { gap, grace, events }, step, view: p.get("v") === "table" ? "table" : "timeline" }, problems };
}
