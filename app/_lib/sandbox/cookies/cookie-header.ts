import { parseCookieHeader, splitPieces } from "@/app/_lib/http/cookie-syntax";

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
  const parts = splitPieces(header)
    .filter((piece) => piece.name.trim() !== "" || piece.hasValue)
    .map((piece) => {
      const name = piece.name.trim();
      if (visible.includes(name)) return `${name}${piece.hasValue ? `=${piece.value.trim()}` : ""}`;
      if (!redacted.includes(name)) redacted.push(name);
      return `${name}=${REDACTED}`;
    });
  return { header: parts.join("; "), redacted };
}
