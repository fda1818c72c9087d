import { expect, test } from "./fixtures";
import { pages } from "./pages";

/**
 * Issue 10's walkthrough without JavaScript, on every page: a control the learner can see either works without
 * script (a submit button or field of a form the server answers) or is not there. Before the fix the dark-mode
 * button showed on every page and did nothing; the sandbox's log-in button submitted nowhere useful.
 */
test.use({ javaScriptEnabled: false });

// Every glossary term's page is one template: the first stands for all of them.
const firstTerm = pages.find((p) => p.name.startsWith("glossary term "))!;
const walked = [...pages.filter((p) => !p.name.startsWith("glossary term ")), firstTerm, { name: "review", path: "/review" }];

for (const { name, path } of walked) {
  test(`@responsive without JavaScript, ${name} has no control that does nothing`, async ({ page }) => {
    await page.goto(path);
    const dead = await page.locator("button, input, select, textarea").evaluateAll((controls) =>
      controls
        .filter((control) => (control as HTMLElement).offsetParent !== null && !(control as HTMLInputElement).disabled)
        .filter((control) => (control as HTMLInputElement).type !== "hidden")
        // A field or submit button of a form with an action gets a page from the server; any other button needs script.
        .filter((control) => (control as HTMLInputElement).form?.getAttribute("action") == null || (control.tagName === "BUTTON" && (control as HTMLButtonElement).type !== "submit"))
        .map((control) => `${control.tagName.toLowerCase()} "${(control.textContent || control.getAttribute("aria-label") || (control as HTMLInputElement).name).trim()}"`),
    );
    expect(dead).toEqual([]);
  });
}
