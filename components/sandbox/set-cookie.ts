/** One `name=value` or bare flag after the first `;` of a Set-Cookie header. */
export type CookieAttribute = {
  /** As the server wrote it, e.g. "SameSite" or "httponly". */
  name: string;
  /** Empty for flags such as HttpOnly and Secure. */
  value: string;
  /** Lower-case name, the key into the attribute explanations. */
  key: string;
};

export type ParsedSetCookie = {
  name: string;
  value: string;
  attributes: CookieAttribute[];
  /** "__Host-" or "__Secure-" when the name carries a prefix browsers enforce. */
  prefix: "__Host-" | "__Secure-" | null;
};

/**
 * Splits one Set-Cookie header the way RFC 6265bis §5.6 does: the first `;` ends the
 * name=value pair, every later `;` starts an attribute, and only the first `=` of each
 * part separates its name from its value (values such as Expires dates contain none, but
 * seals and tokens may contain `=`-free base64url, so this stays exact).
 */
export function parseSetCookie(header: string): ParsedSetCookie {
  const [pair = "", ...rest] = header.split(";");
  const eq = pair.indexOf("=");
  const name = (eq < 0 ? "" : pair.slice(0, eq)).trim();
  const value = (eq < 0 ? pair : pair.slice(eq + 1)).trim();
  const attributes = rest
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const at = part.indexOf("=");
      const attrName = (at < 0 ? part : part.slice(0, at)).trim();
      return { name: attrName, value: at < 0 ? "" : part.slice(at + 1).trim(), key: attrName.toLowerCase() };
    });
  // Browsers match prefixes case-insensitively (RFC 6265bis §4.1.3).
  const lower = name.toLowerCase();
  const prefix = lower.startsWith("__host-") ? "__Host-" : lower.startsWith("__secure-") ? "__Secure-" : null;
  return { name, value, attributes, prefix };
}

/** The pairs of a request's Cookie header, in the order the browser sent them. */
export function parseCookieHeader(header: string): { name: string; value: string }[] {
  return header
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const eq = part.indexOf("=");
      return eq < 0 ? { name: "", value: part } : { name: part.slice(0, eq), value: part.slice(eq + 1) };
    });
}

/** A Set-Cookie that deletes: Max-Age of zero or less, or an Expires in the past. */
export function isDeletion(cookie: ParsedSetCookie, now: number = Date.now()): boolean {
  for (const attribute of cookie.attributes) {
    if (attribute.key === "max-age" && Number(attribute.value) <= 0) return true;
    if (attribute.key === "expires") {
      const when = Date.parse(attribute.value);
      if (!Number.isNaN(when) && when <= now) return true;
    }
  }
  return false;
}
