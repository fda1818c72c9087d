import { courseMap } from "../../content/course-map";
import { quizzes } from "../../content/quizzes";
import { expect, test } from "./fixtures";

// The narrowest width we support, whichever project runs this: every lesson, with its lab loaded, fits; so does every quiz page.
test.use({ viewport: { width: 360, height: 780 } });

for (const lesson of courseMap) {
  test(`lesson ${lesson.slug} fits 360 px with its lab loaded, nothing wider than the page`, async ({ page }) => {
    await page.goto(`/lessons/${lesson.slug}`);
    const labs = page.locator('section[id^="lab-"]');
    for (const lab of await labs.all()) {
      await lab.scrollIntoViewIfNeeded();
      // The interactive lab replaces the worked example once loaded; either must fit, and the loaded one is wider.
      await expect(lab.locator("[data-lab-ready]")).toHaveCount(1);
    }
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page, `the page is ${widths.page - widths.view} px wider than the 360 px viewport`).toBeLessThanOrEqual(widths.view);
  });
}

for (const lesson of courseMap.filter((l) => quizzes[l.slug])) {
  test(`quiz ${lesson.slug} fits 360 px, with a question's hint and answer shown`, async ({ page }) => {
    await page.goto(`/lessons/${lesson.slug}/quiz`);
    // The widest state a question has before grading: its hint and every option's explanation, with sources.
    const first = page.getByRole("group", { name: /^Question 1 of/ });
    await first.getByRole("button", { name: "Check this question" }).click();
    await first.getByRole("button", { name: "Show the answer" }).click();
    await expect(first.getByRole("region", { name: /^The answer to question 1\b/ })).toBeVisible();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page, `the page is ${widths.page - widths.view} px wider than the 360 px viewport`).toBeLessThanOrEqual(widths.view);
  });
}
