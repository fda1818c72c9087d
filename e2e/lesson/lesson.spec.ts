import { expect, test } from "./fixtures";
import { sessionSections } from "./lesson-page";
import { clickCopy } from "../copy-button";

// Most tests walk the whole lesson (every diagram, every code block): three times the default budget.
test.describe.configure({ timeout: 180_000 });

test("the home page's lesson map leads to the lesson @responsive", async ({ page, lessonPage, sessionLesson }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "Lessons" }).getByRole("listitem").getByRole("link", { name: sessionLesson.title, exact: true }).click();
  await expect(page).toHaveURL(`/lessons/${sessionLesson.slug}`);
  await expect(lessonPage.title).toHaveText(sessionLesson.title);
});

test("every section heading is there, in order, with its stable id @responsive", async ({ lessonPage, sessionLesson }) => {
  await lessonPage.goto(sessionLesson);
  for (const { id, name } of sessionSections) {
    const heading = lessonPage.sectionHeading(name);
    await expect(heading).toBeVisible();
    await expect(heading).toHaveAttribute("id", id);
  }
  const ids = await lessonPage.page
    .locator("h2[id]")
    .evaluateAll((headings) => headings.map((heading) => heading.id));
  const lessonIds = ids.filter((id) => sessionSections.some((section) => section.id === id));
  expect(lessonIds).toEqual(sessionSections.map((section) => section.id));
});

test("a section link lands on its heading", async ({ page, lessonPage, sessionLesson }) => {
  await page.goto(`/lessons/${sessionLesson.slug}#scaling-past-one-server`);
  await expect(lessonPage.sectionHeading("Scaling past one server")).toBeInViewport();
});

test("the page never scrolls sideways, whatever the width @responsive", async ({ lessonPage, sessionLesson }) => {
  await lessonPage.goto(sessionLesson);
  await expect(lessonPage.title).toBeVisible();
  await lessonPage.page.getByRole("heading", { name: "Sources", level: 2 }).scrollIntoViewIfNeeded();
  const offenders = await lessonPage.elementsWiderThanViewport();
  expect(offenders).toEqual([]);
  expect(await lessonPage.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    lessonPage.page.viewportSize()?.width ?? 0,
  );
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`every diagram is a loaded SVG image with a text alternative (${colorScheme}) @responsive`, async ({
    page,
    lessonPage,
    sessionLesson,
  }) => {
    await page.emulateMedia({ colorScheme });
    await lessonPage.goto(sessionLesson);
    const diagrams = lessonPage.visibleDiagrams;
    const count = await diagrams.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const diagram = diagrams.nth(i);
      await diagram.scrollIntoViewIfNeeded();
      await expect(diagram).toBeVisible();
      await expect(diagram).toHaveAttribute("src", /^\/diagrams\/session\/[a-z-]+(\.dark)?\.svg$/);
      if (colorScheme === "dark") await expect(diagram).toHaveAttribute("src", /\.dark\.svg$/);
      else await expect(diagram).not.toHaveAttribute("src", /\.dark\.svg$/);
      await expect(diagram).toHaveAccessibleName(/\S.{40,}/);
      await expect(diagram).not.toHaveAccessibleName(/^diagram$/i);
      // Decoded: a broken or missing SVG has no natural width.
      await expect.poll(() => diagram.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    }
  });
}

test("each copy button copies its code block's text", async ({ context, lessonPage, sessionLesson, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await lessonPage.goto(sessionLesson);
  // Copy buttons appear once the page has hydrated: without JavaScript they could do nothing.
  await expect(lessonPage.copyButtons.first()).toBeVisible();
  const blocks = lessonPage.codeBlocks;
  const count = await blocks.count();
  expect(await lessonPage.copyButtons.count()).toBe(count);
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    const block = blocks.nth(i);
    const button = block.getByRole("button", { name: /^Copy code/ });
    await clickCopy(button);
    const shown = await block.getByRole("code").innerText();
    expect((await lessonPage.readClipboard()).trim()).toBe(shown.trim());
  }
});

test("the raw HTTP exchange copies as plain text, one header per line", async ({ context, lessonPage, sessionLesson, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await lessonPage.goto(sessionLesson);
  await lessonPage.page.getByRole("button", { name: "Copy code: The HTTP exchange" }).click();
  expect(await lessonPage.readClipboard()).toMatch(
    /^POST \/login HTTP\/1\.1\nHost: shop\.example\n[\s\S]*\nCookie: __Host-sid=[\w-]{22}\n/,
  );
});

test("a deep dive is folded until the reader opens it", async ({ page, lessonPage, sessionLesson }) => {
  await lessonPage.goto(sessionLesson);
  const title = page.getByText("Should the store keep the raw ID?");
  const body = page.getByText("one hash per request");
  await expect(body).toBeHidden();
  await title.click();
  await expect(body).toBeVisible();
  await title.click();
  await expect(body).toBeHidden();
});
