import { MAX_INPUT_BYTES } from "./inspect";

/** The inspector's state in the URL (`?cookie-inspector=…`): the response URL, the lines and the switches. */
export type UrlState = { url: string; lines: string; fresh: boolean; blockThirdParty: boolean };

/** Links longer than this are not offered (browsers and servers cap URL length); the page says so. */
export const MAX_LINK_CHARS = 8000;

export function encodeUrlState(state: UrlState): string {
  return JSON.stringify([state.url, state.lines, state.fresh ? 1 : 0, state.blockThirdParty ? 1 : 0]);
}

/** Reads what it can; anything malformed gives null. Never throws. */
export function decodeUrlState(value: string | null): UrlState | null {
  if (!value || value.length > MAX_INPUT_BYTES * 4) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") return null;
    return { url: parsed[0].slice(0, 2000), lines: parsed[1], fresh: parsed[2] === 1, blockThirdParty: parsed[3] === 1 };
  } catch {
    return null;
  }
}
