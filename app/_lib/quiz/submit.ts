import "server-only";
import { getLearnerSession } from "@/app/_lib/session/learner-session";
import { readProgress, writeProgress } from "./progress";
import type { QuizState } from "./quiz-state";
import { respondToQuiz } from "./respond";

/**
 * Handles one quiz form, for both ways it arrives (the server action and the POST route):
 * decides with the saved progress from the sealed cookie, and saves the new progress there.
 * Must run where cookies can be set: a server action or a route handler.
 */
export async function submitQuiz(formData: FormData): Promise<QuizState> {
  const session = await getLearnerSession();
  const { state, save } = respondToQuiz(formData, (slug) => readProgress(session, slug), new Date());
  if (!save || state.view !== "graded") return state;
  writeProgress(session, save.slug, save.progress);
  try {
    await session.save();
  } catch (error) {
    // Only a cookie over 4096 bytes fails here, which progress.test.ts rules out; show the grade anyway.
    console.error("[quiz] could not save progress", error);
    return { ...state, saved: false };
  }
  return state;
}
