import { courseMap } from "../../content/course-map";
import { expect, test } from "./fixtures";

/**
 * A lesson's header learns the learner's level in each prerequisite after the page has loaded (a fetch of
 * /api/progress). Appended mid-sentence, it re-wrapped the header on a phone and moved the whole lesson down
 * one line: Lighthouse scored that shift 0.18 on the JWT lesson (bench/FINDINGS.md, 3 December). The level's
 * room is now kept from the first paint, so its arrival moves nothing.
 */
test.use({ viewport: { width: 360, height: 780 } });

for (const lesson of courseMap.filter((l) => l.prerequisites.length > 0)) {
  test(`lesson ${lesson.slug}: the prerequisites' levels arrive without shifting the page @responsive`, async ({ page }) => {
    // Registered before the page's own scripts, buffered, so every shift since navigation is counted.
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`/lessons/${lesson.slug}`);
    const header = page.getByText("Before this lesson:");
    for (const slug of lesson.prerequisites) {
      const before = courseMap.find((l) => l.slug === slug)!;
      await expect(header).toContainText(`${before.shortTitle} (not started)`);
    }
    // Two frames, so a shift caused by the last level's render has been reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0), `layout shifts: ${shifts.join(", ") || "none"}`).toBeLessThan(0.01);
  });
}
