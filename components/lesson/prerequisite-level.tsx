"use client";

import { useEffect, useState, type CSSProperties } from "react";
import { MASTERY_LEVELS, masteryLabel, masteryOf } from "@/app/_lib/quiz/mastery";
import type { SavedProgress } from "@/app/_lib/quiz/quiz-state";

/**
 * The learner's level in a prerequisite, beside its link. Lessons are static HTML, so the level comes from
 * the learner's cookie after hydration (the same request the quiz makes); without JavaScript the sentence
 * after the list points to the course map instead.
 *
 * Its room is kept from the first paint: text arriving later in the middle of the sentence re-wrapped the header
 * on a phone and pushed the whole lesson down one line, a layout shift Lighthouse scored 0.18 on the JWT lesson
 * (bench/FINDINGS.md, 3 December). The box is as wide as the two longest labels drawn invisibly in the same grid
 * cell (pseudo-elements, so they are neither read out nor part of the text), so a learner who has not started
 * sees "(not started)." with no gap before the full stop; a fixed 13ch minimum left one. nowrap keeps the box
 * and its text one piece. Without JavaScript it is never filled, so data-needs-js hides it (globals.css).
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
  // The space stays outside the box: an inline box drops the white space its own line starts with.
  return (
    <span data-needs-js="">
      {" "}
      <span
        style={ROOM}
        className="inline-grid whitespace-nowrap text-slate-600 before:invisible before:[grid-area:1/1] before:content-(--level-a) after:invisible after:[grid-area:1/1] after:content-(--level-b) dark:text-slate-400"
      >
        <span className="[grid-area:1/1]">{label ? shown(label) : null}</span>
      </span>
    </span>
  );
}

const shown = (label: string) => `(${label.toLowerCase()})`;

// The two longest labels by characters: which of them is drawn wider depends on the font.
const [longest, second] = MASTERY_LEVELS.map((level) => shown(level.label)).sort((a, b) => b.length - a.length);
const ROOM = { "--level-a": JSON.stringify(longest), "--level-b": JSON.stringify(second) } as CSSProperties;
