"use client";

import { useEffect, useState } from "react";
import { masteryLabel, masteryOf } from "@/app/_lib/quiz/mastery";
import type { SavedProgress } from "@/app/_lib/quiz/quiz-state";

/**
 * The learner's level in a prerequisite, beside its link. Lessons are static HTML, so the level comes from
 * the learner's cookie after hydration (the same request the quiz makes); without JavaScript the sentence
 * after the list points to the course map instead.
 *
 * Its room is kept from the first paint: an inline-block at least as wide as the longest label,
 * "(not started)". Text arriving later in the middle of the sentence re-wrapped the header on a phone and
 * pushed the whole lesson down one line, a layout shift Lighthouse scored 0.18 on the JWT lesson (bench/FINDINGS.md,
 * 3 December). nowrap keeps the reserved box and its text one piece. Without JavaScript it is never filled,
 * so data-needs-js hides it (globals.css).
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
  // The space stays outside the box: an inline-block drops the white space its own line starts with.
  return (
    <span data-needs-js="">
      {" "}
      <span className="inline-block min-w-[13ch] whitespace-nowrap text-slate-600 dark:text-slate-400">{label ? `(${label.toLowerCase()})` : null}</span>
    </span>
  );
}
