"use server";

import "server-only";
import type { QuizState } from "./quiz-state";
import { submitQuiz } from "./submit";

/**
 * The quiz form's action for browsers without JavaScript: React renders it into the form so a
 * plain POST to the lesson URL runs it, and Next answers with the page rendered with its result.
 * (With JavaScript the form posts to /api/progress/[slug] instead; see components/quiz/quiz-form.tsx.)
 * `_previous` is ignored on purpose: it comes back from the browser in a hidden field, so grading
 * trusts only the sealed cookie. Next checks Origin against the host before running an action.
 */
export async function quizAction(_previous: QuizState, formData: FormData): Promise<QuizState> {
  return submitQuiz(formData);
}
