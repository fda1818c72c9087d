"use client";

import { useEffect, useState } from "react";
import { masteryLabel, masteryOf } from "@/app/_lib/quiz/mastery";
import type { SavedProgress } from "@/app/_lib/quiz/quiz-state";

/**
 * The learner's level in a prerequisite, beside its link. Lessons are static HTML, so the level comes from
 * the learner's cookie after hydration (the same request the quiz makes); without JavaScript the sentence
 * after the list points to the course map instead.
 */
export function PrerequisiteLevel({ slug }: { slug: string }) {
  const [label, setLabel] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/progress/${slug}`, { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ progress: SavedProgress | null }>) : null))
      .then((body) => {
        if (body) setLabel(masteryLabel(masteryOf(body.progress ? { ...body.progress } : undefined)));
      })
      .catch(() => {});
    return () => controller.abort();
  }, [slug]);
  return label ? <span className="text-slate-600 dark:text-slate-400"> ({label.toLowerCase()})</span> : null;
}
