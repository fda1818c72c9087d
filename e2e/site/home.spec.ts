import { courseMap } from "../../content/course-map";
import { expect, test } from "./fixtures";

test.describe("home", () => {
  test("introduces the course and lists every lesson in course order @responsive", async ({ homePage, page }) => {
    await homePage.goto();
    await expect(page).toHaveTitle(/Session Lab/);
    await expect(homePage.heading).toHaveText("How web applications keep state across HTTP requests");
    await expect(homePage.lessons).toHaveCount(courseMap.length);
    for (const [index, lesson] of courseMap.entries()) {
      await expect(homePage.lessons.nth(index)).toContainText(lesson.title);
      await expect(homePage.lessons.nth(index)).toContainText("Not started");
    }
    const description = page.locator('meta[name="description"]');
    await expect(description).toHaveAttribute("content", /sessions/);
  });

  test("has no horizontal scroll at phone width @responsive", async ({ homePage, page }) => {
    await homePage.goto();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("opens a lesson from the lesson map", async ({ homePage, page }) => {
    const first = courseMap[0]!;
    await homePage.goto();
    await homePage.lessonLink(first.title).click();
    await expect(page).toHaveURL(`/lessons/${first.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title);
  });

  test("serves a favicon", async ({ request }) => {
    const response = await request.get("/icon.svg");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
  });

  test("a keyboard user can skip to the content", async ({ homePage, page }) => {
    await homePage.goto();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });
});
