import { click, press } from "../lib/lab-input";
import type { LabScenario } from "../lib/lab-scenario";

/** The Set-Cookie inspector's interactions, replayed by the bench at 4x CPU throttling. */
const scenario: LabScenario = {
  slug: "cookie-based-sessions",
  urlSuffix: "?cookie-inspector=#lab-cookie-inspector",
  ready: async (page) => {
    // Exact: the lesson's own heading "The lab: a Set-Cookie inspector" would match too, and is there before the lab.
    await page.getByRole("heading", { name: "Set-Cookie inspector", exact: true }).waitFor();
  },
  interactions: [
    {
      name: "type a character into the lines",
      run: async (page) => {
        await press(page.getByRole("textbox", { name: /^Set-Cookie lines/ }), "End");
        await page.keyboard.type("x");
      },
    },
    {
      name: "load the sandbox preset",
      run: async (page) => {
        // A key on the closed list, as a keyboard user picks an option ("T": "This site's sandbox cookies"). Playwright's
        // selectOption dispatches untrusted events, which Event Timing does not report: it always read "<16".
        await press(page.getByRole("combobox", { name: "Example" }), "T");
        const lines = await page.getByRole("textbox", { name: /^Set-Cookie lines/ }).inputValue();
        if (!lines.includes("Fe26.2*1*sealed")) throw new Error("the sandbox preset did not load");
      },
    },
    {
      name: "show another line",
      run: async (page) => {
        await click(page.getByRole("button", { name: "Line 2" }));
      },
    },
    {
      name: "toggle third-party blocking",
      run: async (page) => {
        await click(page.getByRole("checkbox", { name: "Third-party cookies are blocked" }));
      },
    },
  ],
};

export default scenario;
