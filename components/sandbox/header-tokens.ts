export type TokenKind = "name" | "value" | "punct" | "attr-name" | "attr-value";
export type Token = { kind: TokenKind; text: string };

/** Splits `a=b` at its first `=`, keeping every character. */
function pair(text: string, nameKind: TokenKind, valueKind: TokenKind): Token[] {
  const eq = text.indexOf("=");
  if (eq < 0) return [{ kind: nameKind, text }];
  const tokens: Token[] = [
    { kind: nameKind, text: text.slice(0, eq) },
    { kind: "punct", text: "=" },
    { kind: valueKind, text: text.slice(eq + 1) },
  ];
  return tokens.filter((token) => token.text !== "");
}

/**
 * Tokens of a Set-Cookie value for highlighting. Joining the tokens' text gives back the
 * header exactly, so what the page shows is what went over the wire, byte for byte.
 */
export function tokenizeSetCookie(header: string): Token[] {
  const [first = "", ...rest] = header.split(";");
  const tokens = pair(first, "name", "value");
  for (const part of rest) {
    tokens.push({ kind: "punct", text: ";" });
    const lead = part.length - part.trimStart().length;
    if (lead > 0) tokens.push({ kind: "punct", text: part.slice(0, lead) });
    tokens.push(...pair(part.slice(lead), "attr-name", "attr-value"));
  }
  return tokens;
}

/** Tokens of a Cookie request header: `name=value` pairs joined by `; `. */
export function tokenizeCookieHeader(header: string): Token[] {
  const tokens: Token[] = [];
  header.split(";").forEach((part, index) => {
    if (index > 0) tokens.push({ kind: "punct", text: ";" });
    const lead = part.length - part.trimStart().length;
    if (lead > 0) tokens.push({ kind: "punct", text: part.slice(0, lead) });
    tokens.push(...pair(part.slice(lead), "name", "value"));
  });
  return tokens;
}

/** The value a Cookie header carries for `name`, or null. */
export function cookieValue(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const trimmed = part.trim();
    if (trimmed.startsWith(`${name}=`)) return trimmed.slice(name.length + 1);
  }
  return null;
}
