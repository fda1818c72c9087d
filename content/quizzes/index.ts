import { findLesson, type LessonMeta } from "../course-map";
import type { Quiz } from "../quiz-schema";
import { cookieBasedSessionsQuiz } from "./cookie-based-sessions";
import { monotonicReadsQuiz } from "./monotonic-reads";
import { jwtSessionsQuiz } from "./jwt-sessions";
import { sessionQuiz } from "./session";
import { sessionAffinityQuiz } from "./session-affinity";
import { sessionWindowsQuiz } from "./session-windows";

/** Each lesson's quiz, keyed by its course-map slug. A test checks every key is a lesson and matches the quiz. */
export const quizzes: Record<string, Quiz> = {
  session: sessionQuiz,
  "cookie-based-sessions": cookieBasedSessionsQuiz,
  "monotonic-reads": monotonicReadsQuiz,
  "session-affinity": sessionAffinityQuiz,
  "jwt-sessions": jwtSessionsQuiz,
  "session-windows": sessionWindowsQuiz,
};

export function findQuiz(slug: string): Quiz | undefined {
  return Object.hasOwn(quizzes, slug) ? quizzes[slug] : undefined;
}

/** A lesson and its quiz, for the pages that show both; undefined unless the slug names a lesson that has a quiz. */
export function findLessonQuiz(slug: string): { lesson: LessonMeta; quiz: Quiz } | undefined {
  const lesson = findLesson(slug);
  const quiz = findQuiz(slug);
  return lesson && quiz ? { lesson, quiz } : undefined;
}
