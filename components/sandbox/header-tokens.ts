import { splitPieces, type Piece } from "@/app/_lib/http/cookie-syntax";

export type TokenKind = "name" | "value" | "punct" | "attr-name" | "attr-value";
export type Token = { kind: TokenKind; text: string };

/** One piece as tokens: its leading space, name, "=" and value, keeping every character. */
function pieceTokens(piece: Piece, nameKind: TokenKind, valueKind: TokenKind): Token[] {
  const tokens: Token[] = [
    { kind: "punct", text: piece.lead },
    { kind: nameKind, text: piece.name },
    { kind: "punct", text: piece.hasValue ? "=" : "" },
    { kind: valueKind, text: piece.value },
  ];
  return tokens.filter((token) => token.text !== "");
}

/** Pieces joined by ";" tokens; the first piece is a cookie, the rest `rest` kinds. */
function tokenize(header: string, restName: TokenKind, restValue: TokenKind): Token[] {
  return splitPieces(header).flatMap((piece, index) => [
    ...(index > 0 ? [{ kind: "punct" as const, text: ";" }] : []),
    ...(index === 0 ? pieceTokens(piece, "name", "value") : pieceTokens(piece, restName, restValue)),
  ]);
}

/**
 * Tokens of a Set-Cookie value for highlighting. Joining the tokens' text gives back the
 * header exactly, so what the page shows is what went over the wire, byte for byte.
 */
export function tokenizeSetCookie(header: string): Token[] {
  return tokenize(header, "attr-name", "attr-value");
}

/** Tokens of a Cookie request header: `name=value` pairs joined by `; `. */
export function tokenizeCookieHeader(header: string): Token[] {
  return tokenize(header, "name", "value");
}
