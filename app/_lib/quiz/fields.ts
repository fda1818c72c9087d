/**
 * Form field names shared by the quiz form (a client component) and the server's parser.
 * Kept apart from form.ts so the browser bundle does not pull in zod.
 */
export const FIELD = {
  slug: "slug",
  intent: "intent",
  asked: "asked",
  /** One field per question: `answer:<questionId>`, repeated for each checked checkbox. */
  answerPrefix: "answer:",
} as const;

export const intents = ["check", "retry", "restart"] as const;
export type Intent = (typeof intents)[number];
