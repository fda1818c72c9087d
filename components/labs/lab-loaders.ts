import type { LabId, LabModule } from "./lab-registry";

/**
 * Each lab's interactive UI as a separate chunk: `import()` keeps it out of the lesson's first load,
 * and `LazyLab` calls the loader only when the lab nears the viewport or the learner asks for it.
 */
export const labLoaders: Record<LabId, () => Promise<LabModule>> = {
  "monotonic-reads": () => import("./monotonic-reads/monotonic-reads-lab"),
  affinity: () => import("./session-affinity/affinity-lab"),
  "jwt-debugger": () => import("./jwt-sessions/jwt-debugger"),
  "session-windows": () => import("./session-windows/session-windows-lab"),
};
