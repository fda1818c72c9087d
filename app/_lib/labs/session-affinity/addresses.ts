/** Client addresses as the balancers see them: the bytes of the source address, in network order. */

export type ParsedAddress = { family: 4 | 6; bytes: number[]; text: string };

/** Parses a dotted-quad IPv4 address, or null. */
export function parseIpv4(text: string): ParsedAddress | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return { family: 4, bytes, text: bytes.join(".") };
}

/** Parses an IPv6 address (with at most one "::", no zone, optional trailing dotted IPv4), or null. */
export function parseIpv6(text: string): ParsedAddress | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.length > 45) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === "") return [];
    const out: number[] = [];
    const pieces = half.split(":");
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i === pieces.length - 1 && piece.includes(".")) {
        const v4 = parseIpv4(piece);
        if (!v4) return null;
        out.push((v4.bytes[0]! << 8) | v4.bytes[1]!, (v4.bytes[2]! << 8) | v4.bytes[3]!);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return null;
        out.push(parseInt(piece, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...new Array<number>(missing).fill(0), ...tail];
  const bytes = all.flatMap((g) => [g >> 8, g & 0xff]);
  return { family: 6, bytes, text };
}

export const parseAddress = (text: string): ParsedAddress | null => parseIpv4(text.trim()) ?? parseIpv6(text.trim());
