import "server-only";
import { readQuizForm } from "@/app/_lib/quiz/request-guard";
import { clearProgress } from "@/app/_lib/quiz/progress";
import { getLearnerSession } from "@/app/_lib/session/learner-session";

/**
 * "Reset my progress", confirmed on /progress/reset: clears the quiz progress in the learner's cookie and
 * nothing else, then sends the browser home (post/redirect/get, so a reload does not post again).
 * Same guard as a quiz answer: a same-origin form, small.
 */
export async function POST(request: Request) {
  const read = await readQuizForm(request);
  if (!read.ok) return Response.json({ error: read.error }, { status: read.status, headers: { "Cache-Control": "no-store" } });
  if (read.form.get("confirm") !== "yes") {
    return Response.json({ error: "Nothing was reset: the form must confirm with confirm=yes." }, { status: 422, headers: { "Cache-Control": "no-store" } });
  }
  const session = await getLearnerSession();
  clearProgress(session);
  await session.save();
  return new Response(null, { status: 303, headers: { Location: "/?progress=reset#lessons", "Cache-Control": "no-store" } });
}
