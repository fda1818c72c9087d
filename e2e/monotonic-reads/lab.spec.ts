import { expect, test } from "./fixtures";

test.describe.configure({ timeout: 120_000 });

test("drives the simulator by keyboard, and the URL reproduces the run @responsive", async ({ lab, page }) => {
  await lab.open();
  await lab.press(lab.strategy("random replica"), "Space");
  await lab.press(lab.button("Run 1,000 operations"));
  await expect(lab.announcer).toContainText("1000 operations with random replica routing");
  const state = lab.urlState();
  expect(state).toContain("n=1000");
  const summary = await lab.announcer.textContent();

  // Switch to the token strategy with the arrow keys: none of its reads break RYW or MR.
  await lab.press(lab.strategy("random replica"), "ArrowDown");
  await lab.press(lab.strategy("sticky by user hash"), "ArrowDown");
  await expect(lab.strategy("at least the version seen (token)")).toBeChecked();
  await expect(lab.announcer).toContainText(/: 0 of \d+ reads break/);

  // Reload the saved URL: the same run, the same figures.
  await page.goto(`/lessons/monotonic-reads?monotonic-reads=${encodeURIComponent(state!)}#lab-monotonic-reads`);
  await lab.simulateTab.waitFor();
  await lab.press(lab.button("Add 1 operation"));
  await lab.press(lab.button("Add 1 operation"));
  await expect(lab.announcer).toContainText("1002 operations with random replica routing");
  expect(summary).toContain("reads break read your writes or monotonic reads");
});

test("lag spikes, replica loss and the comparison table", async ({ lab }) => {
  await lab.open("l=0.3000.0&c=6&w=40&r=sticky&n=200");
  await lab.press(lab.button("Lose r1"));
  await expect(lab.announcer).toContainText("r1 is lost from operation 200");
  await expect(lab.button("r1 lost")).toBeDisabled();
  await lab.press(lab.button("Lag spike on r2"));
  await expect(lab.announcer).toContainText("Lag spike on r2");
  await lab.press(lab.button("Run 1,000 operations"));
  await lab.press(lab.button("Compare all strategies"));
  const compare = lab.section.getByRole("table", { name: /under each strategy/ });
  await expect(compare.getByRole("row", { name: /always the leader/ })).toContainText("0.0% (0 of");
  await lab.press(lab.section.getByRole("checkbox", { name: "Only operations that break a guarantee" }), "Space");
  await expect(lab.historyTable.getByRole("row").nth(1)).toContainText(/RYW|MR/);
  await lab.press(lab.button("Next page"));
  await expect(lab.section.getByText(/^Page 2 of/)).toBeVisible();
});

test("a bad number gets a message at its field and changes nothing", async ({ lab }) => {
  await lab.open();
  const lag = lab.field("r1 lag (ms)");
  await lag.fill("99999");
  await expect(lag).toHaveAttribute("aria-invalid", "true");
  await expect(lab.section.getByText("A whole number from 0 to 5,000.")).toBeVisible();
  expect(lab.urlState()).toBeNull();
  await lag.fill("250");
  await expect(lag).not.toHaveAttribute("aria-invalid", "true");
  await expect.poll(() => lab.urlState()).toContain("l=250.120.400");
});

test("a broken link explains itself instead of failing", async ({ lab }) => {
  await lab.open("c=99&r=magic");
  await expect(lab.section.getByRole("alert")).toContainText("Clients must be a whole number from 1 to 8");
  await expect(lab.section.getByRole("alert")).toContainText('"magic" is not a routing strategy');
});

test("checks a typed history and names lines with problems @responsive", async ({ lab }) => {
  await lab.open();
  await lab.press(lab.simulateTab, "ArrowRight");
  await expect(lab.checkTab).toHaveAttribute("aria-selected", "true");
  await lab.press(lab.button("Breaks MW"));
  await expect(lab.announcer).toContainText("1 violation (RYW 0, MR 0, WFR 0, MW 1)");
  await lab.history.fill("ada w x=1\nada r x=2");
  await lab.press(lab.button("Check history"));
  await expect(lab.history).toHaveAttribute("aria-invalid", "true");
  await expect(lab.section.getByRole("listitem").filter({ hasText: "Line 2: no write in this history sets x=2" })).toBeVisible();
  await expect(lab.announcer).toContainText("Line 2");
  await lab.history.fill("ada w x=1\nada r x @0");
  await lab.press(lab.button("Check history"));
  await expect(lab.section.getByRole("table", { name: "The checked history" })).toContainText("RYW: misses the session's own write x=1 @1 (line 1)");
});

test("without JavaScript, the worked example is there @responsive", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/lessons/monotonic-reads");
  const section = page.getByRole("region", { name: "Lab: session-guarantee lab" });
  await expect(section.getByRole("table", { name: "The first 14 operations, random routing" })).toBeVisible();
  await expect(section.getByRole("table", { name: /1,000 operations, under each strategy/ })).toContainText("always the leader");
  await expect(section.getByRole("table", { name: /hand-typed history/ })).toContainText("MR: older than the state");
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the lab has no axe violations (${colorScheme}) @responsive`, async ({ lab, page, axeViolations }) => {
    await page.emulateMedia({ colorScheme });
    await lab.open("n=60");
    expect(await axeViolations(["#lab-monotonic-reads"])).toEqual([]);
    await lab.press(lab.checkTab);
    await lab.press(lab.button("Breaks RYW"));
    await lab.history.fill("nonsense");
    await lab.press(lab.button("Check history"));
    expect(await axeViolations(["#lab-monotonic-reads"])).toEqual([]);
  });
}
