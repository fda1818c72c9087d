import { presets } from "../../app/_lib/labs/session-windows/presets";
import { encodeState } from "../../app/_lib/labs/session-windows/url-state";
import { click, press } from "../lib/lab-input";
import type { LabScenario } from "../lib/lab-scenario";

const lab = "#lab-session-windows";
const manyKeys = presets.find((p) => p.id === "many-keys")!.config;
// 1,999 events, so "add an event" puts the 2,000th on the timeline; every interaction after it runs at the cap.
const events = manyKeys.events.slice(0, 1_999);
const state = encodeState({ config: { ...manyKeys, events }, step: events.length, view: "timeline" });

/**
 * The session-window lab's interactions with 2,000 events on the timeline (the issue's budget: every interaction
 * under 100 ms at 4x CPU throttling). Each one re-runs the three engines' playback over all events and redraws the
 * timeline, whose lanes are one SVG path each.
 */
const scenario: LabScenario = {
  slug: "session-windows",
  urlSuffix: `?session-windows=${encodeURIComponent(state)}#lab-session-windows`,
  ready: async (page) => {
    await page.locator(lab).getByRole("application", { name: /Session timeline/ }).waitFor();
  },
  interactions: [
    { name: "add the 2,000th event (form)", run: (page) => click(page.locator(lab).getByRole("button", { name: "Add event" })) },
    { name: "select the next event (keyboard)", run: (page) => press(page.locator(lab).getByRole("application", { name: /Session timeline/ }), "ArrowRight") },
    { name: "move the event 1 s (Shift+arrow)", run: (page) => press(page.locator(lab).getByRole("application", { name: /Session timeline/ }), "Shift+ArrowRight") },
    { name: "move the event 1 s (button)", run: (page) => click(page.locator(lab).getByRole("button", { name: "1 s later" })) },
    { name: "type a gap", run: (page) => press(page.locator(lab).getByRole("textbox", { name: "Gap (s)" }), "5") },
    { name: "type a grace period", run: (page) => press(page.locator(lab).getByRole("textbox", { name: "Grace period (s)" }), "0") },
    { name: "previous arrival", run: (page) => click(page.locator(lab).getByRole("button", { name: "Previous arrival" })) },
    { name: "next arrival", run: (page) => click(page.locator(lab).getByRole("button", { name: "Next arrival" })) },
    { name: "table view", run: (page) => click(page.locator(lab).getByRole("button", { name: "Table view" })) },
    { name: "timeline view", run: (page) => click(page.locator(lab).getByRole("button", { name: "Table view" })) },
    { name: "delete the event", run: (page) => click(page.locator(lab).getByRole("button", { name: "Delete event" })) },
    { name: "click the timeline to add", run: (page) => click(page.locator(lab).getByRole("application", { name: /Session timeline/ }), { x: 200, y: 12 }) },
    { name: "arrive in time order", run: (page) => click(page.locator(lab).getByRole("button", { name: "Arrive in time order" })) },
  ],
};

export default scenario;
