import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from "react";
import { FIELD } from "@/app/_lib/quiz/fields";
import { decodeDraft, draftFromForm, draftKey, encodeDraft } from "@/app/_lib/quiz/draft";
import type { PublicQuiz } from "@/app/_lib/quiz/public-quiz";
import type { QuizState } from "@/app/_lib/quiz/quiz-state";

/**
 * Keeps the quiz form's unsubmitted answers in sessionStorage (app/_lib/quiz/draft.ts): a question's
 * "Read the lesson section" link leaves the quiz page, and coming back loads it afresh. Restores once
 * on the first render of a fresh quiz, saves on every change and after every server round trip, and
 * clears once an attempt is graded. Without JavaScript none of this runs; storage that throws
 * (blocked, full) only means nothing is kept.
 * Returns the form's onChange handler.
 */
export function useQuizDraft(quiz: PublicQuiz, formRef: RefObject<HTMLFormElement | null>, state: QuizState, fresh: boolean) {
  const key = draftKey(quiz.slug);
  const firstState = useRef(state);
  const restored = useRef(false);

  const save = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const value = encodeDraft(draftFromForm(new FormData(form)));
    attempt(() => (value === null ? sessionStorage.removeItem(key) : sessionStorage.setItem(key, value)));
  }, [formRef, key]);

  useEffect(() => {
    // Once, into the untouched quiz the page starts with: a result, a retry or a notice is the server's to show.
    if (restored.current) return;
    restored.current = true;
    const form = formRef.current;
    if (!fresh || state !== firstState.current || !form) return;
    const draft = decodeDraft(attempt(() => sessionStorage.getItem(key)) ?? null, quiz);
    for (const input of form.querySelectorAll<HTMLInputElement>("input[type=radio], input[type=checkbox]")) {
      const questionId = input.name.slice(FIELD.answerPrefix.length);
      if (input.name.startsWith(FIELD.answerPrefix) && Object.hasOwn(draft, questionId) && draft[questionId]!.includes(input.value)) input.checked = true;
    }
  }, [formRef, fresh, state, key, quiz]);

  // Before the paint that shows the score: a learner (or a test) who leaves the moment the result appears must
  // not come back to the graded answers restored as a draft, and a passive effect can run later than that under load.
  useLayoutEffect(() => {
    if (state === firstState.current) return;
    if (state.view === "graded") attempt(() => sessionStorage.removeItem(key));
    // After a hint, an answer, a notice or "start over": what the form now holds.
    else save();
  }, [state, key, save]);

  return save;
}

function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
