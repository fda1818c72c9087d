import { useEffect, useState } from "react";
import type { SavedProgress } from "@/app/_lib/quiz/quiz-state";

/**
 * The result saved in the learner's cookie, fetched after hydration so the lesson and quiz pages can
 * stay static (see app/api/progress/[slug]/route.ts). undefined until known; a failed fetch leaves it
 * so, and the saved-result box keeps its link to the server-rendered result page.
 */
export function useSavedProgress(slug: string, wanted: boolean): SavedProgress | null | undefined {
  const [saved, setSaved] = useState<SavedProgress | null | undefined>(undefined);
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    fetch(`/api/progress/${slug}`, { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((body: { progress?: SavedProgress | null } | undefined) => body && setSaved(body.progress ?? null))
      .catch(() => {});
    return () => controller.abort();
  }, [slug, wanted]);
  return saved;
}
