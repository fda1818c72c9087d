import type { ComponentType } from "react";

/**
 * Every lesson lab, by id. A lab id is also its heading anchor (`#lab-<id>`) and its URL-state key.
 * Add a lab here, in `lab-loaders.ts` (its interactive UI) and in `lab-examples.tsx` (its worked example).
 */
export const labIds: readonly string[] = ["monotonic-reads", "affinity", "jwt-debugger", "session-windows"];

/** A lab id; `lab-registry.test.ts` checks that the loaders and the worked examples cover exactly `labIds`. */
export type LabId = string;

export function isLabId(value: string): value is LabId {
  return labIds.includes(value);
}

/** The interactive part of a lab: a client component that draws a pure model's state. */
export type LabModule = { default: ComponentType };
