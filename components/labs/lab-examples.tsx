import type { ComponentType } from "react";
import { JwtDebuggerExample } from "./jwt-sessions/worked-example";
import type { LabId } from "./lab-registry";

/**
 * Each lab's worked example: a server component that runs the lab's pure model on a preset and renders
 * the result as plain HTML. It is what a learner without JavaScript sees, and what the page shows
 * before the interactive lab has loaded.
 */
export const labExamples: Record<LabId, ComponentType> = {
  "jwt-debugger": JwtDebuggerExample,
};
