import type { Quiz } from "../quiz-schema";
import { monotonicReadsQuiz } from "./monotonic-reads";
import { jwtSessionsQuiz } from "./jwt-sessions";
import { sessionQuiz } from "./session";
import { sessionAffinityQuiz } from "./session-affinity";
import { sessionWindowsQuiz } from "./session-windows";

/** Each lesson's quiz, keyed by its course-map slug. A test checks every key is a lesson and matches the quiz. */
export const quizzes: Record<string, Quiz> = {
  session: sessionQuiz,
  "monotonic-reads": monotonicReadsQuiz,
  "session-affinity": sessionAffinityQuiz,
  "jwt-sessions": jwtSessionsQuiz,
  "session-windows": sessionWindowsQuiz,
};

export function findQuiz(slug: string): Quiz | undefined {
  return Object.hasOwn(quizzes, slug) ? quizzes[slug] : undefined;
}
