import type { Page } from "playwright-core";

/**
 * One lab's interactions, as the bench replays them to measure each one's event duration (Chromium's
 * Event Timing, the way INP is measured) at 4x CPU throttling. Each lab lists its own in bench/labs/<slug>.ts.
 */
export type LabInteraction = {
  /** What the learner does, as the report names it: "add an event", "run 1,000 operations". */
  name: string;
  /** Performs the interaction once through the UI (click, key press, drag); must trigger a real input event. */
  run: (page: Page) => Promise<void>;
};

export type LabScenario = {
  /** Lesson slug; the lab is measured on `/lessons/<slug>`. */
  slug: string;
  /** Optional query string or hash that opens the lab in a given state, e.g. `?session-windows=…#lab-session-windows`. */
  urlSuffix?: string;
  /** Waits until the interactive lab (not only its worked example) is ready. */
  ready: (page: Page) => Promise<void>;
  interactions: LabInteraction[];
};
