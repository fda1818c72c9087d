"use server";

import "server-only";
import { redirect } from "next/navigation";
import { FIELD } from "./fields";
import type { QuizState } from "./quiz-state";
import { resultPath } from "./paths";
import { submitQuiz } from "./submit";

/**
 * The quiz form's action for browsers without JavaScript: React renders it into the form so a
 * plain POST to the quiz page's URL runs it. A graded, saved attempt answers 303 See Other to the
 * server-rendered result page (post/redirect/get), so reloading shows the result again instead
 * of asking to resend the form. Anything else (a notice, a retry's questions) renders the quiz page
 * with that state, which is safe to resend: it changes nothing.
 * (With JavaScript the form posts to /api/progress/[slug] instead; see components/quiz/quiz-form.tsx.)
 * `_previous` is ignored on purpose: it comes back from the browser in a hidden field, so grading
 * trusts only the sealed cookie. Next checks Origin against the host before running an action.
 */
export async function quizAction(_previous: QuizState, formData: FormData): Promise<QuizState> {
  const state = await submitQuiz(formData);
  const slug = formData.get(FIELD.slug);
  // submitQuiz grades only a slug that has a quiz, so this one names a real lesson.
  if (state.view === "graded" && state.saved && typeof slug === "string") redirect(resultPath(slug));
  return state;
}
