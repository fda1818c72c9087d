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
        await page.getByRole("textbox", { name: /^Set-Cookie lines/ }).focus();
        await page.keyboard.press("End");
        await page.keyboard.type("x");
      },
    },
    {
      name: "load the sandbox preset",
      run: async (page) => {
        await page.getByRole("combobox", { name: "Example" }).selectOption("sandbox");
      },
    },
    {
      name: "show another line",
      run: async (page) => {
        await page.getByRole("button", { name: "Line 2" }).click();
      },
    },
    {
      name: "toggle third-party blocking",
      run: async (page) => {
        await page.getByRole("checkbox", { name: "Third-party cookies are blocked" }).click();
      },
    },
  ],
};

export default scenario;
