"use client";

import { usePathname } from "next/navigation";
import { useTermPreviews } from "./glossary/use-term-previews";
import { useDiagramStart } from "./mdx/use-diagram-start";

/**
 * Small behaviours every page shares, attached once in the root layout: one client component rather
 * than one each, because each costs a reference in every page's HTML and lessons are near their budget.
 */
export function PageBehaviours() {
  useTermPreviews();
  useDiagramStart(usePathname());
  return null;
}
