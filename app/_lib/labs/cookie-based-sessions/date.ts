/**
 * RFC 6265bis §5.1.1: the forgiving cookie-date parser. Returns milliseconds since the epoch (UTC), or
 * null when the date fails to parse (the Expires attribute is then ignored).
 */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function isDelimiter(code: number): boolean {
  return code === 0x09 || (code >= 0x20 && code <= 0x2f) || (code >= 0x3b && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}

function tokens(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    if (isDelimiter(text.charCodeAt(i))) {
      if (current) out.push(current);
      current = "";
    } else current += text[i];
  }
  if (current) out.push(current);
  return out;
}

const TIME = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\D.*)?$/s;
const DAY = /^(\d{1,2})(?:\D.*)?$/s;
const YEAR = /^(\d{2,4})(?:\D.*)?$/s;
const LONG_YEAR = /^(\d{2,})(?:\D.*)?$/s;

export type DateOptions = {
  /**
   * Chromium (cookie_util.cc, ParseCookieExpirationTime) reads a year below 1601 as a date in the past
   * instead of failing the parse, so such a cookie expires on arrival rather than becoming a session cookie.
   */
  clampEarlyYears?: boolean;
  /** Chromium also reads years of five or more digits, which the spec's 2*4DIGIT production refuses. */
  longYears?: boolean;
};

export function parseCookieDate(text: string, options: DateOptions = {}): number | null {
  let time: [number, number, number] | null = null;
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  for (const token of tokens(text)) {
    const t: RegExpExecArray | null = time === null ? TIME.exec(token) : null;
    if (t) {
      time = [Number(t[1]), Number(t[2]), Number(t[3])];
      continue;
    }
    const d: RegExpExecArray | null = day === null ? DAY.exec(token) : null;
    if (d) {
      day = Number(d[1]);
      continue;
    }
    if (month === null) {
      const index = MONTHS.indexOf(token.slice(0, 3).toLowerCase());
      if (index >= 0) {
        month = index;
        continue;
      }
    }
    const y: RegExpExecArray | null = year === null ? (options.longYears ? LONG_YEAR : YEAR).exec(token) : null;
    if (y) {
      year = Number(y[1]);
      continue;
    }
  }
  if (year !== null && year >= 70 && year <= 99) year += 1900;
  if (year !== null && year >= 0 && year <= 69) year += 2000;
  if (time === null || day === null || month === null || year === null) return null;
  if (year < 1601) {
    if (!options.clampEarlyYears) return null;
    year = 1601;
  }
  if (day < 1 || day > 31 || time[0] > 23 || time[1] > 59 || time[2] > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(time[0], time[1], time[2], 0);
  // "If no such date exists" (31 February): the Date would have rolled into the next month.
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return date.getTime();
}
