import { click, press } from "../lib/lab-input";
import type { LabScenario } from "../lib/lab-scenario";

const lab = (page: Parameters<LabScenario["ready"]>[0]) => page.getByRole("region", { name: "Lab: session-affinity lab" });

/**
 * The session-affinity lab's interactions, at the 10,000-client cap. Nine nodes, not ten: the lab stops at
 * ten nodes (LIMITS.maxNodes), so "Add a node" is disabled at ten and could not be measured.
 */
const scenario: LabScenario = {
  slug: "session-affinity",
  urlSuffix: "?affinity=consistent_1.1.1.1.1.1.1.1.1_10000_20_7_#lab-affinity",
  ready: async (page) => {
    await lab(page).getByRole("button", { name: "Apply and start fresh" }).waitFor();
  },
  interactions: [
    { name: "kill a node (10,000 clients)", run: (page) => click(lab(page).getByRole("button", { name: "Kill node 2", exact: true })) },
    { name: "revive a node (10,000 clients)", run: (page) => click(lab(page).getByRole("button", { name: "Revive node 2", exact: true })) },
    { name: "add a node (10,000 clients)", run: (page) => click(lab(page).getByRole("button", { name: "Add a node", exact: true })) },
    { name: "undo (10,000 clients)", run: (page) => click(lab(page).getByRole("button", { name: "Undo last change", exact: true })) },
    { name: "preset: cookie survives", run: (page) => click(lab(page).getByRole("button", { name: "cookie survives", exact: true })) },
    { name: "apply settings", run: (page) => click(lab(page).getByRole("button", { name: "Apply and start fresh", exact: true })) },
    { name: "toggle chained cookie names", run: (page) => click(lab(page).getByRole("checkbox", { name: /its own cookie name/ })) },
    { name: "type a client count", run: (page) => press(lab(page).getByRole("textbox", { name: "Clients", exact: true }), "5") },
  ],
};

export default scenario;
