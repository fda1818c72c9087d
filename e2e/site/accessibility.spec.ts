import { expect, test } from "./fixtures";
import { pages } from "./pages";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const { name, path } of pages) {
      test(`${name} has no axe violations`, async ({ page, axeViolations }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await axeViolations()).toEqual([]);
      });
    }
  });
}

test("every page has its own title and a description @responsive", async ({ page }) => {
  const titles = new Set<string>();
  for (const { path } of pages.filter((p) => p.name !== "404")) {
    await page.goto(path);
    const title = await page.title();
    expect(title, path).toMatch(/Session Lab/);
    titles.add(title);
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute("content", /.{40,}/);
  }
  expect(titles.size).toBe(pages.length - 1);
});
