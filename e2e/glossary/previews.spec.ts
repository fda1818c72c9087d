import { courseMap } from "../../content/course-map";
import { expect, test } from "./fixtures";

const slug = courseMap[0]!.slug;

test("Escape closes an open preview without moving the pointer; it opens again on the next hover", async ({ lessonTerms, page }) => {
  await lessonTerms.goto(slug);
  const [first] = await lessonTerms.linkedTerms();
  const link = lessonTerms.links(first!.id).first();
  const preview = await lessonTerms.previewOf(link);
  await link.hover();
  await expect(preview).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(preview).toBeHidden();
  await page.mouse.move(0, 0);
  await link.hover();
  await expect(preview).toBeVisible();
});

test("Escape closes a preview opened by keyboard focus, and focus stays on the term", async ({ lessonTerms, page }) => {
  await lessonTerms.goto(slug);
  const [first] = await lessonTerms.linkedTerms();
  const link = lessonTerms.links(first!.id).first();
  const preview = await lessonTerms.previewOf(link);
  await lessonTerms.tabTo(link);
  await expect(preview).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(preview).toBeHidden();
  await expect(link).toBeFocused();
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test("@responsive the first tap on a term previews it, the second opens its page", async ({ lessonTerms, page }) => {
    await lessonTerms.goto(slug);
    const [first] = await lessonTerms.linkedTerms();
    const link = lessonTerms.links(first!.id).first();
    const preview = await lessonTerms.previewOf(link);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(preview).toBeVisible();
    await expect(page).toHaveURL(`/lessons/${slug}`);
    await link.tap();
    await expect(page).toHaveURL(`/glossary/${first!.id}`);
  });

  test("@responsive a tap elsewhere closes the preview", async ({ lessonTerms, page }) => {
    await lessonTerms.goto(slug);
    const [first] = await lessonTerms.linkedTerms();
    const link = lessonTerms.links(first!.id).first();
    const preview = await lessonTerms.previewOf(link);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(preview).toBeVisible();
    await page.getByRole("heading", { level: 1 }).tap();
    await expect(preview).toBeHidden();
  });
});
