import { courseMap } from "../../content/course-map";
import { expect, test } from "./fixtures";

// The narrowest width we support, whichever project runs this: every lesson, with its lab loaded, fits.
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
