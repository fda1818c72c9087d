import type { Page } from "@playwright/test";
import { courseMap } from "../../content/course-map";
import { expect, test } from "./fixtures";

const slug = courseMap[0]!.slug;

/** The path a route-payload request (`?_rsc=`: a prefetch or a client-side navigation) asks for, or null. */
function payloadPath(request: { url(): string }): string | null {
  const url = new URL(request.url());
  return url.searchParams.has("_rsc") ? url.pathname : null;
}

/** Every route payload the page asks for from now on, by path. */
function payloadRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    const path = payloadPath(request);
    if (path !== null) paths.push(path);
  });
  return paths;
}

const payloadOf = (path: string) => (request: { url(): string }) => payloadPath(request) === path;

test("a term on the first screen prefetches its page only when pointed at, while the header's links prefetch on sight", async ({ lessonTerms, page }) => {
  const requested = payloadRequests(page);
  await lessonTerms.goto(slug);
  const [first] = await lessonTerms.linkedTerms();
  const link = lessonTerms.links(first!.id).first();
  await expect(link).toBeInViewport();
  // The header's links are prefetched as they appear, in the same pass that would have taken the term's.
  await expect.poll(() => requested).toContain("/glossary");
  await page.waitForLoadState("networkidle");
  expect(requested).not.toContain(`/glossary/${first!.id}`);

  const prefetch = page.waitForRequest(payloadOf(`/glossary/${first!.id}`));
  await link.hover();
  await prefetch;
});

test("a term prefetches its page when it takes keyboard focus, and the click then opens it", async ({ lessonTerms, page }) => {
  await lessonTerms.goto(slug);
  const [first] = await lessonTerms.linkedTerms();
  const link = lessonTerms.links(first!.id).first();
  const prefetch = page.waitForRequest(payloadOf(`/glossary/${first!.id}`));
  await lessonTerms.tabTo(link);
  await prefetch;
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/glossary/${first!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
