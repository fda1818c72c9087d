import type { SessionOptions } from "iron-session";
import { sessionSecrets, type SecretMap } from "./secrets";

/** What one finished quiz attempt leaves behind, per lesson. */
export type LessonProgress = {
  /** Questions answered correctly in the latest attempt. */
  score: number;
  /** Questions in the quiz when it was graded. */
  total: number;
  /** Ids of the questions missed in the latest attempt, for "retry the ones I missed". */
  missed: string[];
  /** Best score so far. */
  best: number;
  /** How many times the learner has submitted the quiz. */
  attempts: number;
  /** ISO time of the latest attempt. */
  updatedAt: string;
  /** The options chosen, one character per question (app/_lib/quiz/choices.ts); absent in cookies from before issue 9. */
  chosen?: string;
  /** The quiz's questions changed since this was saved: the score stands, which questions were missed does not. */
  quizChanged?: boolean;
};

/** The learner's sealed cookie: quiz progress only, nothing personal. */
export type LearnerSession = {
  /** Progress per lesson slug, each in the compact versioned format of app/_lib/quiz/progress-codec.ts. */
  lessons?: Record<string, string>;
  /** The first format (one JSON object per lesson), still read; rewritten in the compact format on the next save. */
  progress?: Record<string, LessonProgress>;
  /** The last mixed review (/review), in the compact format of app/_lib/quiz/review-codec.ts. */
  review?: string;
};

/** `__Host-`: Secure, Path=/, no Domain, so no sibling subdomain can plant or read it. */
export const LEARNER_COOKIE_NAME = "__Host-session-lab-progress";

/** Progress is worth keeping for a term of study, well under the 400-day cap browsers apply. */
export const LEARNER_COOKIE_TTL_SECONDS = 90 * 24 * 60 * 60;

export function learnerCookieOptions(secrets: SecretMap = sessionSecrets()): SessionOptions {
  return {
    password: secrets,
    cookieName: LEARNER_COOKIE_NAME,
    ttl: LEARNER_COOKIE_TTL_SECONDS,
    cookieOptions: {
      httpOnly: true,
      secure: true,
      sameSite: "lax",
      path: "/",
    },
  };
}
