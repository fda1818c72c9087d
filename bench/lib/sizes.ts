import { gzipSync } from "node:zlib";

export type Size = { raw: number; gzip: number };

export const ZERO: Size = { raw: 0, gzip: 0 };

/** gzip at zlib's default level 6, the level `next start`'s compression middleware uses. */
export function sizeOf(body: string | Uint8Array): Size {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  return { raw: bytes.byteLength, gzip: bytes.byteLength === 0 ? 0 : gzipSync(bytes).byteLength };
}

export function addSizes(...sizes: Size[]): Size {
  return sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), ZERO);
}

export function subtractSizes(a: Size, b: Size): Size {
  return { raw: a.raw - b.raw, gzip: a.gzip - b.gzip };
}

/** 1 kB = 1000 bytes throughout the reports and budgets. */
export function kB(bytes: number, digits = 1): string {
  return (bytes / 1000).toFixed(digits);
}

export function signedKB(bytes: number, digits = 1): string {
  const text = kB(bytes, digits);
  if (Number(text) === 0) return kB(0, digits);
  return bytes > 0 ? `+${text}` : text;
}
