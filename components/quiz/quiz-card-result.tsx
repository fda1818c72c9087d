"use client";

import { SavedResult } from "./saved-result";
import { useSavedProgress } from "./use-saved-progress";

/** The learner's saved result on the lesson's quiz card, asked for after hydration: the lesson stays static. */
export function QuizCardResult({ slug }: { slug: string }) {
  return <SavedResult slug={slug} saved={useSavedProgress(slug, true)} />;
}
