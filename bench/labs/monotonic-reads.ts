import { click, press } from "../lib/lab-input";
import type { LabScenario } from "../lib/lab-scenario";

const lab = "#lab-monotonic-reads";

/**
 * The monotonic-reads lab's interactions, on a 1,000-operation run (the budget: every
 * interaction under 100 ms at 4x CPU throttling). The history table is paged at 25 rows, so a
 * re-render draws the run's summary, one page and (when open) the four-strategy comparison.
 */
const scenario: LabScenario = {
  slug: "monotonic-reads",
  urlSuffix: "?monotonic-reads=n%3D1000#lab-monotonic-reads",
  ready: async (page) => {
    await page.locator(lab).getByRole("tab", { name: "Replicas and clients" }).waitFor();
  },
  interactions: [
    { name: "run 1,000 operations", run: (page) => click(page.locator(lab).getByRole("button", { name: "Run 1,000 operations" })) },
    { name: "add 10 operations", run: (page) => click(page.locator(lab).getByRole("button", { name: "Add 10 operations" })) },
    { name: "switch to the token strategy", run: (page) => click(page.locator(lab).getByRole("radio", { name: /token/ })) },
    { name: "switch to random routing", run: (page) => click(page.locator(lab).getByRole("radio", { name: "random replica" })) },
    { name: "compare all strategies", run: (page) => click(page.locator(lab).getByRole("button", { name: "Compare all strategies" })) },
    { name: "lag spike on r2", run: (page) => click(page.locator(lab).getByRole("button", { name: "Lag spike on r2" })) },
    { name: "type a lag", run: (page) => press(page.locator(lab).getByRole("textbox", { name: "r3 lag (ms)" }), "Backspace") },
    { name: "lose r3", run: (page) => click(page.locator(lab).getByRole("button", { name: "Lose r3" })) },
    {
      name: "show only violations",
      run: (page) => click(page.locator(lab).getByRole("checkbox", { name: "Only operations that break a guarantee" })),
    },
    { name: "next history page", run: (page) => click(page.locator(lab).getByRole("button", { name: "Next page" })) },
    { name: "open the checker", run: (page) => click(page.locator(lab).getByRole("tab", { name: "Check a history" })) },
    { name: "check a preset history", run: (page) => click(page.locator(lab).getByRole("button", { name: "Breaks MR" })) },
    { name: "type in the history", run: (page) => press(page.locator(lab).getByRole("textbox", { name: "History" }), "x") },
  ],
};

export default scenario;
