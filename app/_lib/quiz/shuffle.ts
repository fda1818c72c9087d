import { fnv1a, mulberry32 } from "@/app/_lib/random/seeded";
/**
 * Seeded option order. The seed travels in the quiz form (and the graded state), so the server
 * renders, re-renders after a notice, and a no-JavaScript post all show the same order; grading
 * maps answers by option id, never by position, so the order changes nothing about the score.
 * No Math.random here: the same seed gives the same order on the server and in the browser.
 */

/** Seeds are unsigned 32-bit integers; 1 is the first attempt's, so the static lesson page is the same for everyone. */
export const FIRST_SEED = 1;
export const MAX_SEED = 0xffffffff;

export function isSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
}

/** A new array with the items in the order `seed` gives for `salt` (a question id); the input is not changed. */
export function seededShuffle<T>(items: readonly T[], seed: number, salt: string): T[] {
  const out = [...items];
  // FNV-1a over the question id, from a basis mixed with the seed: each question gets its own order from one seed.
  const next = mulberry32(fnv1a(salt, 0x811c9dc5 ^ seed));
  // Fisher–Yates: every permutation equally likely for a uniform generator.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A fresh seed for a new attempt (retry or start over), different from the one before it. */
export function nextSeed(previous: number, random: () => number = secureRandom): number {
  for (;;) {
    const seed = random();
    if (isSeed(seed) && seed !== previous) return seed;
  }
}

function secureRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
