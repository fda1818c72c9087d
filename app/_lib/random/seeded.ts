/**
 * The site's one seeded generator and one string hash, shared by every lab model and the quiz, so a seed in a URL
 * reproduces the same run in every browser. Neither is for secrets: session IDs use crypto.getRandomValues.
 */

/** mulberry32's raw 32-bit outputs: small, fast and well spread. */
export function mulberry32Uint(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** mulberry32 as floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  const next = mulberry32Uint(seed);
  return () => next() / 4294967296;
}

/** 32-bit FNV-1a over a string's UTF-16 code units, from the standard offset basis or a given one. */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
