import type { MDXComponents } from "mdx/types";

/** The fixed vocabulary lessons may use. Add a component here before a lesson uses it. */
export const lessonComponents: MDXComponents = {};
