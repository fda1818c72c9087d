import { expect, test } from "./fixtures";

test.describe.configure({ timeout: 120_000 });

test("adds, moves and deletes events by keyboard, and the URL reproduces them @responsive", async ({ lab, page }) => {
  await lab.open();
  // The first preset: exactly one gap apart. Beam splits what Kafka Streams and Flink merge.
  await lab.button("Table view").focus();
  await lab.page.keyboard.press("Enter");
  await expect(lab.table().getByRole("row", { name: /^ana/ })).toContainText("[0, 20] ×3");
  await expect(lab.table().getByRole("row", { name: /^ana/ })).toContainText("[0, 10) ×1, [10, 20) ×1, [20, 30) ×1");

  // Add an event through the form: cy at 42 s.
  await lab.user.selectOption("cy");
  await lab.eventTime.fill("42");
  await lab.press(lab.button("Add event"));
  await expect(lab.announcer).toContainText("Added cy at 42 s, arriving last.");
  await expect(lab.table().getByRole("row", { name: /^cy/ })).toContainText("[42, 42] ×1");

  // Move it with the selected-event buttons, then by Shift+arrow on the timeline.
  await lab.press(lab.button("1 s later"));
  await expect(lab.announcer).toContainText("Moved cy's event to 43 s.");
  await lab.press(lab.button("Table view"));
  await lab.press(lab.timeline, "Shift+ArrowRight");
  await expect(lab.announcer).toContainText("Moved cy's event to 44 s.");
  await expect.poll(() => lab.urlState()).toContain("c44");
  const saved = lab.urlState()!;

  // Arrow keys select; Delete removes.
  await lab.press(lab.timeline, "ArrowLeft");
  await expect(lab.announcer).toContainText(/^Selected ben at 11 s/);
  await lab.press(lab.timeline, "Delete");
  await expect(lab.announcer).toContainText("Deleted ben's event at 11 s.");
  // Let the URL catch up first: navigating while the page still rewrites its URL would race with it.
  await expect.poll(() => lab.urlState()).not.toContain("b11");

  // The saved link brings back the state before the deletion.
  await page.goto(`/lessons/session-windows?session-windows=${encodeURIComponent(saved)}#lab-session-windows`);
  await lab.timeline.waitFor();
  await lab.press(lab.button("Table view"));
  await expect(lab.table().getByRole("row", { name: /^cy/ })).toContainText("[44, 44] ×1");
  await expect(lab.table().getByRole("row", { name: /^ben/ })).toContainText("[11, 11] ×1");
});

test("plays a late event that bridges two sessions, with Kafka's tombstones", async ({ lab }) => {
  await lab.open();
  await lab.press(lab.button("A late event bridges two sessions"));
  await expect(lab.announcer).toContainText("Preset: A late event bridges two sessions.");
  const kafka = lab.section.getByRole("region", { name: "Kafka Streams output" });
  await expect(kafka.getByRole("listitem").last()).toHaveText(/update ana \[0, 24\]: 5 events/);
  await lab.press(lab.button("Previous arrival"));
  await expect(lab.section.getByText("Arrived: 4 of 5")).toBeVisible();
  await expect(kafka.getByRole("listitem").last()).toHaveText(/update ana \[20, 24\]: 2 events/);
  await lab.press(lab.button("Next arrival"));
  await expect(lab.announcer).toContainText("Arrival 5: ana at 12 s.");
  await expect(kafka.getByRole("listitem").filter({ hasText: "tombstone ana [0, 5]" })).toBeVisible();
  await expect(kafka.getByRole("listitem").filter({ hasText: "tombstone ana [20, 24]" })).toBeVisible();
});

test("bad numbers get a message at their field and change nothing", async ({ lab }) => {
  await lab.open();
  for (const [text, message] of [
    ["-5", "The gap cannot be negative."],
    ["abc", 'The gap: "abc" is not a number.'],
    ["999999", "The gap is at most 86,400 s (one day)."],
    ["2.5", "The gap is a whole number of seconds."],
  ] as const) {
    await lab.gap.fill(text);
    await expect(lab.gap).toHaveAttribute("aria-invalid", "true");
    await expect(lab.section.getByText(message)).toBeVisible();
  }
  expect(lab.urlState()).toBeNull();
  await lab.eventTime.fill("NaN");
  await expect(lab.section.getByText('The event time: "NaN" is not a number.')).toBeVisible();
  await expect(lab.button("Add event")).toHaveAttribute("aria-disabled", "true");
  await lab.gap.fill("12");
  await expect(lab.gap).not.toHaveAttribute("aria-invalid", "true");
  await expect.poll(() => lab.urlState()).toContain("g=12");
});

test("a broken link explains itself instead of failing", async ({ lab }) => {
  await lab.open("g=-1&e=a1.q2.b3");
  const alert = lab.section.getByRole("alert");
  await expect(alert).toContainText("The gap cannot be negative.");
  await expect(alert).toContainText("1 event in the link is not a user letter");
});

test("with 2,000 events the timeline stays inside its box and the form says the cap", async ({ lab, page }) => {
  await lab.open();
  await lab.press(lab.button("Many keys"));
  await expect(lab.announcer).toContainText("Preset: Many keys.");
  await expect(lab.section.getByText("The lab holds at most 2,000 events; delete some first.")).toBeVisible();
  await expect(lab.button("Add event")).toHaveAttribute("aria-disabled", "true");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("at 360 px the timeline fits the page @responsive", async ({ lab, page }) => {
  await lab.open();
  await lab.press(lab.button("Out-of-order arrivals"));
  const box = await lab.timeline.boundingBox();
  const width = page.viewportSize()!.width;
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("without JavaScript, the worked example is there @responsive", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/lessons/session-windows");
  const section = page.getByRole("region", { name: "Lab: session-window timeline" });
  const table = section.getByRole("table", { name: "Exactly one gap apart: the sessions each engine forms" });
  await expect(table.getByRole("row", { name: /^ana/ })).toContainText("[0, 10) ×1, [10, 20) ×1, [20, 30) ×1");
  await expect(section.getByRole("region", { name: "Kafka Streams output" }).first()).toContainText("tombstone ana [0, 0]");
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the lab has no axe violations (${colorScheme}) @responsive`, async ({ lab, page, axeViolations }) => {
    await page.emulateMedia({ colorScheme });
    await lab.open();
    expect(await axeViolations(["#lab-session-windows"])).toEqual([]);
    await lab.press(lab.button("Table view"));
    await lab.gap.fill("-1");
    expect(await axeViolations(["#lab-session-windows"])).toEqual([]);
  });
}
