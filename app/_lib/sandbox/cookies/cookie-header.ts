/** One `name=value` pair from a Cookie request header. */
export type CookiePair = { name: string; value: string };

/**
 * Splits a Cookie header the way RFC 6265bis §5.4 serialises it ("; " between pairs).
 * Pairs without "=" or with an empty name are skipped: we only ever look cookies up by name.
 */
export function parseCookieHeader(header: string | null | undefined): CookiePair[] {
  if (!header) return [];
  const pairs: CookiePair[] = [];
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim();
    if (name === "") continue;
    pairs.push({ name, value: part.slice(eq + 1).trim() });
  }
  return pairs;
}

export type CookiePick =
  | { state: "missing" }
  /** The same name twice: a sibling site may have tossed a second cookie; we trust neither. */
  | { state: "duplicate"; count: number }
  | { state: "present"; value: string };

/** Looks a cookie up by its exact, case-sensitive name (a `__host-` look-alike does not match `__Host-`). */
export function pickCookie(header: string | null | undefined, name: string): CookiePick {
  const values = parseCookieHeader(header).filter((pair) => pair.name === name);
  if (values.length === 0) return { state: "missing" };
  if (values.length > 1) return { state: "duplicate", count: values.length };
  return { state: "present", value: values[0]!.value };
}

export const REDACTED = "…";

/**
 * The received Cookie header with every value outside `visible` replaced by "…", so the sandbox
 * never hands page scripts another HttpOnly cookie (such as the learner's progress cookie).
 */
export function redactCookieHeader(
  header: string | null | undefined,
  visible: readonly string[],
): { header: string | null; redacted: string[] } {
  if (!header) return { header: null, redacted: [] };
  const redacted: string[] = [];
  const parts = header
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const eq = part.indexOf("=");
      const name = eq === -1 ? part : part.slice(0, eq).trim();
      if (visible.includes(name)) return part;
      if (!redacted.includes(name)) redacted.push(name);
      return `${name}=${REDACTED}`;
    });
  return { header: parts.join("; "), redacted };
}
