import "server-only";
import type { LearnerSession, LessonProgress } from "@/app/_lib/session/learner-cookie";
import { courseMap } from "@/content/course-map";
import { findQuiz, quizzes } from "@/content/quizzes";
import { readAllProgress, writeProgress } from "./progress";
import { reviewCandidates, type ReviewCandidate, type SavedReview } from "./review";
import { decodeReview, encodeReview, type CourseQuestions } from "./review-codec";

/** Every quiz question of the course, in course order: what a saved review's positions refer to. */
export function courseQuestions(): CourseQuestions {
  return courseMap.flatMap((lesson) => {
    const quiz = findQuiz(lesson.slug);
    return quiz ? [{ slug: lesson.slug, questionIds: quiz.questions.map((q) => q.id) }] : [];
  });
}

/** What a review needs from the learner's cookie: each lesson's progress, the last review, and the bank. */
export function reviewContext(session: LearnerSession): {
  progress: Record<string, LessonProgress>;
  lastReview: SavedReview | undefined;
  bank: ReviewCandidate[];
} {
  const progress = readAllProgress(session, courseMap.map((l) => l.slug));
  const lastReview = decodeReview(session.review, courseQuestions());
  const bank = reviewCandidates(
    courseMap.map((lesson) => ({ slug: lesson.slug, quiz: quizzes[lesson.slug], progress: progress[lesson.slug] })),
    lastReview,
  );
  return { progress, lastReview, bank };
}

/** Saves a graded review: the lessons' updated progress, and the review itself for its result page. */
export function saveReview(session: LearnerSession, review: SavedReview, progress: Record<string, LessonProgress>): void {
  for (const [slug, lesson] of Object.entries(progress)) writeProgress(session, slug, lesson);
  const encoded = encodeReview(review, courseQuestions());
  if (encoded) session.review = encoded;
}
