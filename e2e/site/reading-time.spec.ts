import { courseMap } from "../../content/course-map";
import { expect, test } from "./fixtures";

/**
 * Issue 10, item 9: reading times were optimistic (the Session lesson said 20 min, its words at 200 a minute
 * plus its quiz make 24). Each lesson's time on the home page is checked against the words a reader meets on the
 * lesson's page, counted in the browser, at 200 words a minute plus half a minute per quiz question
 * (content/reading-time.ts gives the sources). The count leaves out what is not read in a first pass: glossary
 * previews (hidden until hovered), the lab, diagram captions and button labels.
 */
const WORDS_PER_MINUTE = 200;
const MINUTES_PER_QUESTION = 0.5;
// Rounding to whole minutes (0.5) plus the lesson's header and quiz card, which the MDX does not hold (about 100 words).
const TOLERANCE_MINUTES = 1.5;

for (const [index, lesson] of courseMap.entries()) {
  test(`${lesson.title}: the reading time on the home page fits the lesson's words and quiz`, async ({ homePage, page }) => {
    await homePage.goto();
    const card = await homePage.lessons.nth(index).innerText();
    expect(card).toContain(lesson.title);
    const shown = Number(/· (\d+) min/.exec(card)?.[1]);
    expect(shown, `no "· N min" on the card: ${card}`).toBeGreaterThan(0);

    await page.goto(`/lessons/${lesson.slug}`);
    // The lesson is the outer article; a lab may hold articles of its own (the cookie inspector's records).
    const article = page.getByRole("article").first();
    const questions = Number(/(\d+) questions on this lesson/.exec(await article.innerText())?.[1]);
    expect(questions).toBeGreaterThan(0);
    const words = await article.evaluate((article) => {
      const copy = article.cloneNode(true) as HTMLElement;
      for (const skipped of copy.querySelectorAll('[role="tooltip"], button, [id^="lab"], figcaption')) skipped.remove();
      return (copy.textContent ?? "").match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
    });
    const expected = words / WORDS_PER_MINUTE + questions * MINUTES_PER_QUESTION;
    expect(Math.abs(shown - expected), `${lesson.slug}: ${shown} min shown; ${words} words and ${questions} questions make ${expected.toFixed(1)} min`).toBeLessThanOrEqual(TOLERANCE_MINUTES);
  });
}
