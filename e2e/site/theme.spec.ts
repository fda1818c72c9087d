import { expect, test } from "./fixtures";

/** The body's background as "dark" or "light", read from its painted pixel (Tailwind 4 colours are lab()/oklch()). */
async function bodyBackground(page: import("@playwright/test").Page): Promise<"dark" | "light"> {
  const brightness = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return (r! + g! + b!) / 3;
  });
  return brightness < 60 ? "dark" : "light";
}
const darkBackground = "dark";
const lightBackground = "light";

test.describe("dark mode", () => {
  test("follows the system preference without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    expect(await bodyBackground(page)).toBe(darkBackground);
    await context.close();
  });

  test("the toggle switches theme and the choice survives a reload", async ({ homePage, page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await homePage.goto();
    expect(await bodyBackground(page)).toBe(lightBackground);
    await expect(homePage.themeToggle).toHaveAttribute("aria-pressed", "false");

    await homePage.themeToggle.click();
    await expect(homePage.themeToggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    expect(await bodyBackground(page)).toBe(darkBackground);

    await page.reload();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(homePage.themeToggle).toHaveAttribute("aria-pressed", "true");
    expect(await bodyBackground(page)).toBe(darkBackground);
  });

  test("choosing light overrides a dark system preference", async ({ homePage, page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await homePage.goto();
    expect(await bodyBackground(page)).toBe(darkBackground);
    await homePage.themeToggle.click();
    await expect(page.locator("html")).toHaveClass(/\blight\b/);
    expect(await bodyBackground(page)).toBe(lightBackground);
  });
});
