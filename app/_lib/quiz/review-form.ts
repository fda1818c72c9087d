import type { ReviewRef } from "./review";
import { REVIEW_SIZE, SEED_PATTERN } from "./review";
import { FIELD } from "./fields";

export const REVIEW_FIELD = { seed: "seed", ref: "ref" } as const;

const REF_PATTERN = /^([a-z0-9-]{1,40})\/([a-z0-9-]{1,16})$/;

/** Reads the review form: which questions were asked (in order), the seed, and the options chosen. */
export function parseReviewForm(
  form: FormData,
): { ok: true; seed: string; refs: ReviewRef[]; answers: Record<string, string[]> } | { ok: false; message: string } {
  const seed = form.get(REVIEW_FIELD.seed);
  if (typeof seed !== "string" || !SEED_PATTERN.test(seed)) return { ok: false, message: "The review form has no valid seed. Start the review again." };
  const rawRefs = form.getAll(REVIEW_FIELD.ref);
  if (rawRefs.length === 0 || rawRefs.length > REVIEW_SIZE) return { ok: false, message: `A review asks 1 to ${REVIEW_SIZE} questions.` };
  const refs: ReviewRef[] = [];
  for (const raw of rawRefs) {
    const match = typeof raw === "string" ? REF_PATTERN.exec(raw) : null;
    if (!match) return { ok: false, message: "A question of the review form was not understood. Start the review again." };
    refs.push({ slug: match[1]!, questionId: match[2]! });
  }
  const answers: Record<string, string[]> = {};
  let count = 0;
  for (const [name, value] of form.entries()) {
    if (!name.startsWith(FIELD.answerPrefix)) continue;
    if (typeof value !== "string" || value.length > 64 || ++count > REVIEW_SIZE * 6) return { ok: false, message: "An answer was not understood." };
    const key = name.slice(FIELD.answerPrefix.length);
    // Object.hasOwn keeps "__proto__" and friends from reaching the prototype.
    if (!Object.hasOwn(answers, key)) Object.defineProperty(answers, key, { value: [], enumerable: true, writable: true });
    answers[key]!.push(value);
  }
  return { ok: true, seed, refs, answers };
}
