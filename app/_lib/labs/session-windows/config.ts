import type { FieldCheck } from "../field-check";
import type { WindowEvent } from "./sessionize";

/** The lab's caps. The model itself takes any finite numbers; the UI and the URL are held to these. */
export const limits = {
  /** Events on the timeline: enough to feel a busy day, few enough to draw every one. */
  maxEvents: 2_000,
  /** Time, gap and grace are whole seconds from 0 to one day. */
  maxSeconds: 86_400,
};

/** The keys (users) the lab can place events on, in row order. The URL stores a key as its index letter. */
export const keyNames = ["ana", "ben", "cy", "dee", "eli", "fay", "gus", "hal"] as const;

export type LabConfig = {
  /** The inactivity gap, in seconds. */
  gap: number;
  /** Kafka's grace period, and Flink's and Beam's allowed lateness, in seconds. */
  grace: number;
  /** Events in arrival order. */
  events: WindowEvent[];
};

/**
 * A whole number with thousands separators, "2,000" (what `toLocaleString("en-US")` writes for these integers).
 * Written out because the first `toLocaleString` call of a page loads ICU's number formatting: measured at 104 ms
 * of a 240 ms "add the 2,000th event" interaction at 4x CPU, the click that first shows the cap message.
 */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}


/**
 * Checks one number typed into a field: the message names the field and says what is allowed. `text` is what the
 * learner typed, so "", "abc", "-3", "1e9" and "2.5" each get their own message.
 */
export function checkSeconds(label: string, text: string, min: number, max = limits.maxSeconds): FieldCheck {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: `${label}: enter a number of seconds.` };
  const n = Number(trimmed);
  if (Number.isNaN(n)) return { ok: false, message: `${label}: "${trimmed.slice(0, 12)}" is not a number.` };
  if (n < 0) return { ok: false, message: `${label} cannot be negative.` };
  if (!Number.isFinite(n) || n > max) return { ok: false, message: `${label} is at most ${groupThousands(max)} s (one day).` };
  if (!Number.isInteger(n)) return { ok: false, message: `${label} is a whole number of seconds.` };
  if (n < min) return { ok: false, message: `${label} is at least ${min} s.` };
  return { ok: true, value: n };
}

export const checkGap = (text: string) => checkSeconds("The gap", text, 1);
export const checkGrace = (text: string) => checkSeconds("The grace period", text, 0);
export const checkTime = (text: string) => checkSeconds("The event time", text, 0);

/** Why another event cannot be added, or undefined if it can. */
const capText = `The lab holds at most ${groupThousands(limits.maxEvents)} events; delete some first.`;
export function capMessage(count: number): string | undefined {
  return count >= limits.maxEvents ? capText : undefined;
}

export const isKey = (key: string) => (keyNames as readonly string[]).includes(key);
