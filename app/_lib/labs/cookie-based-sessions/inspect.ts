import type { BrowserId } from "./browser-facts";
import { deliveryMatrix, type DeliveryOptions, type Matrix } from "./delivery";
import { BROWSER_IDS, PROFILES } from "./profiles";
import { reviewSessionCookie, type Review } from "./review";
import { CookieJar, type StoreOutcome } from "./store";

/** The inspector's input caps: said at the field, checked before anything is parsed. */
export const MAX_INPUT_BYTES = 64 * 1024;
export const MAX_LINES = 200;

export type LineReport = {
  line: string;
  /** Each browser's outcome for this line; `differs` when they do not all agree. */
  outcomes: Record<BrowserId, StoreOutcome>;
  differs: boolean;
  review: Review | null;
  matrix: Matrix | null;
};

export type Inspection =
  | { ok: true; url: string; lines: LineReport[] }
  | { ok: false; field: "url" | "lines"; message: string };

const encoder = new TextEncoder();

/** Splits the pasted text into Set-Cookie lines: one per line, an optional "Set-Cookie:" label removed. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*set-cookie\s*:\s*/i, ""))
    .filter((line) => line.trim() !== "");
}

export function checkUrl(text: string): { ok: true; url: URL } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: "Enter the full URL of the response, such as https://www.example.com/login." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, message: `Cookies come from http: or https: responses, not ${url.protocol}` };
  return { ok: true, url };
}

export function checkLines(text: string): { ok: true; lines: string[] } | { ok: false; message: string } {
  if (text.length > MAX_INPUT_BYTES || encoder.encode(text).length > MAX_INPUT_BYTES) {
    return { ok: false, message: `That is over 64 kB (${MAX_INPUT_BYTES.toLocaleString("en-US")} bytes). Paste fewer or shorter lines.` };
  }
  const lines = splitLines(text);
  if (lines.length > MAX_LINES) return { ok: false, message: `That is ${lines.length} lines; the inspector reads at most ${MAX_LINES}.` };
  if (lines.length === 0) return { ok: false, message: "Paste at least one Set-Cookie line, such as sid=abc; Secure; HttpOnly; Path=/." };
  return { ok: true, lines };
}

/**
 * Walks every line through each browser's storage model, in order, as one response would deliver them.
 * `now` is passed in so the server's worked example and the client agree. Never throws.
 */
export function inspect(urlText: string, linesText: string, now: number, delivery: DeliveryOptions): Inspection {
  const url = checkUrl(urlText);
  if (!url.ok) return { ok: false, field: "url", message: url.message };
  const lines = checkLines(linesText);
  if (!lines.ok) return { ok: false, field: "lines", message: lines.message };
  const jars = Object.fromEntries(BROWSER_IDS.map((id) => [id, new CookieJar(PROFILES[id])])) as Record<BrowserId, CookieJar>;
  const reports: LineReport[] = lines.lines.map((line) => {
    const outcomes = Object.fromEntries(BROWSER_IDS.map((id) => [id, jars[id].receive(line, { url: url.url, now })])) as Record<BrowserId, StoreOutcome>;
    const chromium = outcomes.chromium;
    const signature = (o: StoreOutcome) => JSON.stringify([o.verdict, o.record && { ...o.record, creationTime: 0 }]);
    const differs = BROWSER_IDS.some((id) => signature(outcomes[id]) !== signature(chromium));
    const stored = chromium.verdict === "stored" ? chromium.record! : null;
    return {
      line,
      outcomes,
      differs,
      review: stored ? reviewSessionCookie(stored, line) : null,
      matrix: stored ? deliveryMatrix(stored, PROFILES.chromium, delivery) : null,
    };
  });
  return { ok: true, url: url.url.href, lines: reports };
}
