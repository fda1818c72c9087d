/**
 * Form field names shared by the quiz form (a client component) and the server's parser.
 * Kept apart from form.ts so the browser bundle does not pull in zod.
 */
export const FIELD = {
  slug: "slug",
  intent: "intent",
  asked: "asked",
  /** The seed of this attempt's option order (app/_lib/quiz/shuffle.ts). */
  seed: "seed",
  /** Questions whose hint is shown, and whose answer is shown, by "Check this question". */
  hinted: "hinted",
  revealed: "revealed",
  /** One field per question: `answer:<questionId>`, repeated for each checked checkbox. */
  answerPrefix: "answer:",
} as const;

export const intents = ["check", "retry", "restart", "hint", "reveal"] as const;
export type Intent = (typeof intents)[number];

/** The per-question buttons post `intent=hint:<questionId>` or `intent=reveal:<questionId>`. */
export const peekIntent = (intent: "hint" | "reveal", questionId: string) => `${intent}:${questionId}`;
