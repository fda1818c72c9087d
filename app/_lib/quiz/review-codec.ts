import { CHOICES_PATTERN } from "./choices";
import { quizFingerprint } from "./progress-codec";
import type { ReviewRef, SavedReview } from "./review";

/**
 * The last review in the learner's sealed cookie, as one short string beside the lessons' (progress-codec.ts):
 *
 *   r1 ~ at ~ bank ~ refs ~ chosen
 *
 * `at` in Unix seconds, base 36; `bank` a fingerprint of every question id of the course in order, so `refs`
 * (two base-36 digits per question: the lesson's place in the course, the question's place in its quiz) is
 * read back only against the course it was written for; `chosen` is choices.ts's digit per question, in order.
 * Ten questions cost about 40 bytes. Anything else, or another course, reads as no review.
 */
export const REVIEW_FORMAT = "r1";

export type CourseQuestions = readonly { slug: string; questionIds: readonly string[] }[];

const bankFingerprint = (course: CourseQuestions) => quizFingerprint(course.flatMap((l) => l.questionIds.map((id) => `${l.slug}/${id}`)));

export function encodeReview(review: SavedReview, course: CourseQuestions): string | undefined {
  let refs = "";
  for (const ref of review.refs) {
    const lesson = course.findIndex((l) => l.slug === ref.slug);
    const question = lesson < 0 ? -1 : course[lesson]!.questionIds.indexOf(ref.questionId);
    if (lesson < 0 || question < 0 || lesson >= 36 || question >= 36) return undefined;
    refs += lesson.toString(36) + question.toString(36);
  }
  const at = Math.max(0, Math.floor(review.at / 1000));
  return [REVIEW_FORMAT, at.toString(36), bankFingerprint(course), refs, review.chosen].join("~");
}

export function decodeReview(encoded: unknown, course: CourseQuestions): SavedReview | undefined {
  if (typeof encoded !== "string" || encoded.length > 120) return undefined;
  const parts = encoded.split("~");
  if (parts.length !== 5 || parts[0] !== REVIEW_FORMAT) return undefined;
  const [, at, bank, refs, chosen] = parts as [string, string, string, string, string];
  if (!/^[0-9a-z]{1,8}$/.test(at) || bank !== bankFingerprint(course) || !/^([0-9a-z]{2})+$/.test(refs)) return undefined;
  if (!CHOICES_PATTERN.test(chosen) || chosen.length !== refs.length / 2) return undefined;
  const decoded: ReviewRef[] = [];
  for (let i = 0; i < refs.length; i += 2) {
    const lesson = course[parseInt(refs[i]!, 36)];
    const questionId = lesson?.questionIds[parseInt(refs[i + 1]!, 36)];
    if (!lesson || questionId === undefined) return undefined;
    decoded.push({ slug: lesson.slug, questionId });
  }
  return { at: parseInt(at, 36) * 1000, refs: decoded, chosen };
}
