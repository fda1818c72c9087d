import type { ComponentType } from "react";

/**
 * Every lesson lab, by id. A lab id is also its heading anchor (`#lab-<id>`) and its URL-state key.
 * Add a lab here, in `lab-loaders.ts` (its interactive UI) and in `lab-examples.tsx` (its worked example).
 */
export const labIds = [] as const satisfies readonly string[];

export type LabId = (typeof labIds)[number];

export function isLabId(value: string): value is LabId {
  return (labIds as readonly string[]).includes(value);
}

/** The interactive part of a lab: a client component that draws a pure model's state. */
export type LabModule = { default: ComponentType };
