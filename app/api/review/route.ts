import "server-only";
import { encodeChoices } from "@/app/_lib/quiz/choices";
import { readQuizForm } from "@/app/_lib/quiz/request-guard";
import { gradeReview } from "@/app/_lib/quiz/review";
import { parseReviewForm } from "@/app/_lib/quiz/review-form";
import { reviewContext, saveReview } from "@/app/_lib/quiz/review-session";
import { getLearnerSession } from "@/app/_lib/session/learner-session";
import { quizzes } from "@/content/quizzes";

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A review's answers, posted by its plain form (with or without JavaScript): graded here, saved in the
 * learner's cookie, then 303 to the server-rendered result page, so a reload does not post again.
 */
export async function POST(request: Request) {
  const read = await readQuizForm(request);
  if (!read.ok) return refuse(read.status, read.error);
  const form = parseReviewForm(read.form);
  if (!form.ok) return refuse(400, form.message);
  const session = await getLearnerSession();
  const { progress } = reviewContext(session);
  const outcome = gradeReview(form.refs, form.answers, quizzes, progress);
  if (!outcome.ok) return refuse(422, outcome.message);
  const chosen = outcome.grade.results.map(({ result }) => encodeChoices([result.id], [result])).join("");
  saveReview(session, { at: Date.now(), refs: form.refs, chosen }, outcome.grade.progress);
  await session.save();
  return new Response(null, { status: 303, headers: { Location: `/review/result?seed=${form.seed}`, "Cache-Control": "no-store" } });
}
