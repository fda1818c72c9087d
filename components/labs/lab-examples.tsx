import type { ComponentType } from "react";
import { JwtDebuggerExample } from "./jwt-sessions/worked-example";
import type { LabId } from "./lab-registry";
import MonotonicReadsExample from "./monotonic-reads/worked-example";
import { AffinityExample } from "./session-affinity/affinity-example";
import { SessionWindowsExample } from "./session-windows/worked-example";

/**
 * Each lab's worked example: a server component that runs the lab's pure model on a preset and renders
 * the result as plain HTML. It is what a learner without JavaScript sees, and what the page shows
 * before the interactive lab has loaded.
 */
export const labExamples: Record<LabId, ComponentType> = {
  "monotonic-reads": MonotonicReadsExample,
  affinity: AffinityExample,
  "jwt-debugger": JwtDebuggerExample,
  "session-windows": SessionWindowsExample,
};
