import type { MDXComponents } from "mdx/types";
import { lessonComponents } from "@/components/mdx/registry";

// Required by @next/mdx in the App Router; the registry is the one list of teaching components.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components, ...lessonComponents };
}
