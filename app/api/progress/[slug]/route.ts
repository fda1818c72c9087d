import "server-only";
import { findLesson } from "@/content/course-map";
import { getLearnerSession } from "@/app/_lib/session/learner-session";
import { FIELD } from "@/app/_lib/quiz/fields";
import { readProgress } from "@/app/_lib/quiz/progress";
import type { SavedProgress } from "@/app/_lib/quiz/quiz-state";
import { readQuizForm } from "@/app/_lib/quiz/request-guard";
import { submitQuiz } from "@/app/_lib/quiz/submit";

type Context = { params: Promise<{ slug: string }> };

const headers = { "Cache-Control": "no-store" };

/**
 * The learner's saved quiz result for one lesson, read from their sealed cookie.
 * Why a client fetch instead of reading the cookie while rendering: reading cookies would make
 * every lesson and quiz page dynamic (rendered per request, uncacheable), for one small box. The
 * pages stay static HTML; the lesson's quiz card and the quiz page ask for this after hydration.
 * Without JavaScript their saved-result box links to /lessons/[slug]/result instead, which
 * reads the cookie on the server.
 */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  if (!findLesson(slug)) return noLesson(slug);
  const progress: SavedProgress | null = readProgress(await getLearnerSession(), slug) ?? null;
  return Response.json({ progress }, { headers });
}

/**
 * Grades the quiz form when JavaScript is on. The same form works without JavaScript through a
 * server action, but a server action that sets a cookie makes Next re-render and resend the whole
 * page (the lesson, about 75 kB over the wire, when the quiz was part of it); this answers with
 * the quiz state alone (a few kB).
 * 422 when the form comes back with a problem to show (e.g. unanswered questions).
 */
export async function POST(request: Request, { params }: Context) {
  const { slug } = await params;
  if (!findLesson(slug)) return noLesson(slug);
  const read = await readQuizForm(request);
  if (!read.ok) return Response.json({ error: read.error }, { status: read.status, headers });
  // The URL names the lesson; a different slug in the body is not a second way in.
  read.form.set(FIELD.slug, slug);
  const state = await submitQuiz(read.form);
  const status = state.view === "asking" && state.notice?.tone === "error" ? 422 : 200;
  return Response.json({ state }, { status, headers });
}

function noLesson(slug: string) {
  return Response.json({ error: `There is no lesson "${slug}".` }, { status: 404, headers });
}
