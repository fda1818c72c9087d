import { expect, test } from "./fixtures";

// Each test drives the sandbox through several server round trips: three times the default budget.
test.describe.configure({ timeout: 180_000 });

test("tabs follow the WAI-ARIA pattern: arrows, Home and End move the selection", async ({ sandbox, page }) => {
  const sealed = sandbox.tab("sealed");
  await expect(sealed).toHaveAttribute("aria-selected", "true");
  await sealed.focus();
  await page.keyboard.press("ArrowRight");
  await expect(sandbox.tab("server")).toBeFocused();
  await expect(sandbox.tab("server")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Server-side session" })).toBeVisible();
  await page.keyboard.press("End");
  await expect(sandbox.tab("jwt")).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowRight");
  await expect(sandbox.tab("sealed")).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowLeft");
  await expect(sandbox.tab("jwt")).toBeFocused();
  await page.keyboard.press("Home");
  await expect(sandbox.tab("sealed")).toBeFocused();
  // Inactive tabs are out of the tab order: Tab goes into the panel.
  await expect(sandbox.tab("server")).toHaveAttribute("tabindex", "-1");
});

test("switching tabs keeps what each kind had", async ({ sandbox }) => {
  const sealed = await sandbox.open("sealed");
  await sealed.login("Hedy");
  await sandbox.open("jwt");
  await sandbox.tab("sealed").click();
  await expect(sealed.panel.getByText("Logged in as Hedy", { exact: true })).toBeVisible();
});

test("no axe violations with sessions and lab results on screen, in light and dark mode", async ({ sandbox, page, lb, axeViolations }) => {
  // The theme follows prefers-color-scheme in CSS alone, so each state is scanned in both schemes.
  const scanBothSchemes = async (state: string) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expect(page.locator("html")).toHaveCSS("color-scheme", colorScheme);
      expect(await axeViolations(), `${state}, ${colorScheme}`).toEqual([]);
    }
  };
  const sealed = await sandbox.open("sealed");
  await sealed.login("Ada");
  await sealed.put("theme", "dark");
  await sealed.tamper.getByRole("button").first().click();
  await expect(sealed.tamper.getByRole("group", { name: "Tamper result" })).toBeVisible();
  await lb.send("You");
  await expect(lb.happened).toContainText("You → node");
  await scanBothSchemes("sealed");

  for (const kind of ["server", "jwt"] as const) {
    const panel = await sandbox.open(kind);
    await panel.login("Ada");
    await scanBothSchemes(kind);
  }
});

test("@responsive at phone width nothing scrolls sideways, long cookies wrap inside their box", async ({ sandbox, page }) => {
  const sealed = await sandbox.open("sealed");
  await sealed.login("Margaret");
  await sealed.put("note", "a".repeat(400));
  await expect(sealed.dataRow("note")).toBeVisible();
  const jwt = await sandbox.open("jwt");
  await jwt.login("Margaret");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The wire's longest line is the JWT Set-Cookie: it must wrap inside its box.
  const box = jwt.wire.getByText(/^Set-Cookie: __Host-sbx-jwt=/).first();
  const fits = await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(fits).toBe(true);
  await sandbox.lb.scrollIntoViewIfNeeded();
  const overflowAfter = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflowAfter).toBeLessThanOrEqual(0);
});

test("every lesson link on the sandbox lands on an existing section", async ({ sandbox, page }) => {
  // Links in inactive tab panels are hidden from the accessibility tree, so query the DOM.
  const hrefs = await sandbox.page.locator('a[href^="/lessons/session#"]').evaluateAll((links) =>
    [...new Set(links.map((a) => a.getAttribute("href") ?? "").filter((href) => href.startsWith("/lessons/session#")))],
  );
  expect(hrefs.length).toBeGreaterThanOrEqual(8);
  await page.goto("/lessons/session");
  for (const href of hrefs) {
    const id = href.split("#")[1] ?? "";
    await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
  }
});
