/**
 * The one parser for cookie headers, on the server and in the browser (no Node or Next imports).
 * Both headers are pieces separated by ";": a Cookie request header is `name=value` pairs (RFC 6265bis
 * §4.2.1), a Set-Cookie header is one `name=value` pair followed by attributes (§5.6).
 */

/** One piece between semicolons, split so that lead + name + (hasValue ? "=" : "") + value is its exact text. */
export type Piece = { lead: string; name: string; hasValue: boolean; value: string };

export function splitPieces(header: string): Piece[] {
  return header.split(";").map((text) => {
    const body = text.trimStart();
    const lead = text.slice(0, text.length - body.length);
    const eq = body.indexOf("=");
    return eq === -1 ? { lead, name: body, hasValue: false, value: "" } : { lead, name: body.slice(0, eq), hasValue: true, value: body.slice(eq + 1) };
  });
}

/** One `name=value` pair from a Cookie request header. */
export type CookiePair = { name: string; value: string };

/**
 * The pairs of a Cookie request header, names and values trimmed. Pieces without "=" or with an empty
 * name are skipped: cookies are only ever looked up by name.
 */
export function parseCookieHeader(header: string | null | undefined): CookiePair[] {
  if (!header) return [];
  return splitPieces(header)
    .filter((piece) => piece.hasValue && piece.name.trim() !== "")
    .map((piece) => ({ name: piece.name.trim(), value: piece.value.trim() }));
}

/** The value a Cookie header carries for `name` (first occurrence, exact case), or null. */
export function cookieValue(header: string | null | undefined, name: string): string | null {
  return parseCookieHeader(header).find((pair) => pair.name === name)?.value ?? null;
}

export type SetCookieAttribute = { name: string; value: string | null };
export type ParsedSetCookie = { name: string; value: string; attributes: SetCookieAttribute[] };

/** A Set-Cookie header value: the cookie's name and value, then its attributes as written (names keep their case). */
export function parseSetCookie(header: string): ParsedSetCookie {
  const [first = { lead: "", name: "", hasValue: false, value: "" }, ...rest] = splitPieces(header);
  return {
    name: first.name.trim(),
    value: first.hasValue ? first.value.trim() : "",
    attributes: rest
      .filter((piece) => piece.name.trim() !== "")
      .map((piece) => ({ name: piece.name.trim(), value: piece.hasValue ? piece.value.trim() : null })),
  };
}
