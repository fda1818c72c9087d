/** "1:05" for 65 s, "0:00" once it has passed; hours appear only when needed. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * Clock time with seconds (the demo timeouts are short), in UTC: the server's own explanations and
 * the JWT claims can only give UTC, and one moment should not read as two different hours.
 */
export function formatClock(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}

/** A NumericDate claim (seconds) as an ISO-like UTC string, stable across locales. */
export function formatNumericDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace("T", " ").replace(/\.\d{3}Z$/, " UTC");
}

/** "in 1:05" / "1:05 ago", relative to `now`. */
export function relativeTo(ms: number, now: number): string {
  const delta = ms - now;
  return delta >= 0 ? `in ${formatRemaining(delta)}` : `${formatRemaining(-delta)} ago`;
}
