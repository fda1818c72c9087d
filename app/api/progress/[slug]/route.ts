import "server-only";
import { findLesson } from "@/content/course-map";
import { getLearnerSession } from "@/app/_lib/session/learner-session";
import { readProgress } from "@/app/_lib/quiz/progress";
import type { SavedProgress } from "@/app/_lib/quiz/quiz-state";

/**
 * The learner's saved quiz result for one lesson, read from their sealed cookie.
 * Why a client fetch instead of reading the cookie while rendering the lesson: reading cookies
 * would make every lesson page dynamic (rendered per request, uncacheable), for one small box
 * at the end of the page. The lesson stays static HTML; the quiz asks for this after hydration.
 * Without JavaScript the saved result is not shown on a fresh visit, but grading and retrying work.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const headers = { "Cache-Control": "no-store" };
  const { slug } = await params;
  if (!findLesson(slug)) return Response.json({ error: `There is no lesson "${slug}".` }, { status: 404, headers });
  const progress: SavedProgress | null = readProgress(await getLearnerSession(), slug) ?? null;
  return Response.json({ progress }, { headers });
}
