import { expect, test } from "./fixtures";

test("inspects typed lines by keyboard, and the URL reproduces them @responsive", async ({ inspector: lab, page }) => {
  await lab.open();
  await lab.lines.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("__Host-sid=abc; Secure");
  await expect(lab.status).toContainText("1 line: Chromium stores 0");
  await expect(lab.lab.getByText("✗ ignored: __Host- requirements not met").first()).toBeVisible();
  await expect(page).toHaveURL(/cookie-inspector=/);
  // The same link in a fresh page shows the same input and verdict.
  const link = page.url();
  const again = await page.context().newPage();
  await again.goto(link);
  const region = again.getByRole("region", { name: "Lab: Set-Cookie inspector" });
  await expect(region.getByRole("textbox", { name: /^Set-Cookie lines/ })).toHaveValue("__Host-sid=abc; Secure");
  await expect(region.getByRole("status")).toContainText("1 line: Chromium stores 0");
  await again.close();
});

test("loads the sandbox preset and shows the walk, the record, the review and the matrix", async ({ inspector: lab }) => {
  await lab.open();
  await lab.preset.selectOption("sandbox");
  await expect(lab.status).toContainText("3 lines: Chromium stores 3");
  await expect(lab.lab.getByRole("table", { name: "The stored record (Chromium)" })).toContainText("__Host-sbx-sealed");
  await expect(lab.lab.getByRole("table", { name: /Which requests carry it/ })).toContainText("✗ not sent");
  await lab.lab.getByRole("button", { name: "Line 2" }).click();
  await expect(lab.lab.getByRole("table", { name: "The stored record (Chromium)" })).toContainText("__Host-sbx-sid");
});

test("bad input gets a message at the field", async ({ inspector: lab }) => {
  await lab.open();
  await lab.url.fill("not a url");
  await expect(lab.url).toHaveAttribute("aria-invalid", "true");
  await expect(lab.url).toHaveAccessibleDescription(/Enter the full URL of the response/);
  await lab.url.fill("https://www.example.com/");
  await lab.lines.fill("a=1\n".repeat(201));
  await expect(lab.lines).toHaveAttribute("aria-invalid", "true");
  await expect(lab.lines).toHaveAccessibleDescription("✗ That is 201 lines; the inspector reads at most 200.");
});

test("without JavaScript, the worked example is there @responsive", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/lessons/cookie-based-sessions");
  const section = page.getByRole("region", { name: "Lab: Set-Cookie inspector" });
  await expect(section.getByText("Worked example: four Set-Cookie lines")).toBeVisible();
  await expect(section.getByText("✗ ignored: __Host- requirements not met").first()).toBeVisible();
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the lab has no axe violations (${colorScheme}) @responsive`, async ({ inspector: lab, page, axeViolations }) => {
    await page.emulateMedia({ colorScheme });
    await lab.open();
    expect(await axeViolations(["#lab-cookie-inspector"])).toEqual([]);
    await lab.url.fill("nope");
    expect(await axeViolations(["#lab-cookie-inspector"])).toEqual([]);
  });
}
