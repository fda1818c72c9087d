import type { ComponentType } from "react";

/** Each lesson's MDX, keyed by its course-map slug. index.test.ts checks the two lists match. */
export const lessonModules: Record<string, () => Promise<{ default: ComponentType }>> = {
  session: () => import("./session/index.mdx"),
  "monotonic-reads": () => import("./monotonic-reads/index.mdx"),
  "session-affinity": () => import("./session-affinity/index.mdx"),
  "jwt-sessions": () => import("./jwt-sessions/index.mdx"),
  "session-windows": () => import("./session-windows/index.mdx"),
};
