import { expect, test } from "./fixtures";

for (const path of ["/no-such-page", "/lessons/no-such-lesson", "/glossary/no-such-term"]) {
  test(`${path} answers 404 with a helpful page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
    await expect(page).toHaveTitle(/Page not found/);
    await page.getByRole("link", { name: "Go to the course" }).click();
    await expect(page).toHaveURL("/");
  });
}
