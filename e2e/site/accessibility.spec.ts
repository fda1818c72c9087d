import { expect, test } from "./fixtures";
import { pages } from "./pages";

for (const { name, path } of pages) {
  // Lessons are scanned at phone width too (@responsive), where Lighthouse's mobile audit scans them: a table
  // that fits a desktop scrolls sideways there.
  const tag = path.startsWith("/lessons/") && !path.endsWith("/quiz") ? " @responsive" : "";
  test(`${name} has no axe violations in light or dark mode${tag}`, async ({ page, axeViolations }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(), "light").toEqual([]);
    // The theme follows prefers-color-scheme in CSS alone, so the same page can be scanned again in dark.
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveCSS("color-scheme", "dark");
    expect(await axeViolations(), "dark").toEqual([]);
  });
}

/** The page's <title> and meta description, as the server sends them. */
async function head(request: import("@playwright/test").APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  return {
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    description: /<meta name="description" content="([^"]*)"/.exec(html)?.[1],
  };
}

const linkable = pages.filter((p) => p.name !== "404");

for (const { name, path } of linkable) {
  test(`${name} has a title and a description`, async ({ request }) => {
    const { title, description } = await head(request, path);
    expect(title).toMatch(/Session Lab/);
    expect(description).toMatch(/.{40,}/);
  });
}

test("no two pages share a title", async ({ request }) => {
  const titles = await Promise.all(linkable.map(async ({ path }) => [(await head(request, path)).title, path] as const));
  const seen = new Map<string | undefined, string>();
  for (const [title, path] of titles) {
    expect(seen.get(title), `${path} has the same title as ${seen.get(title)}`).toBeUndefined();
    seen.set(title, path);
  }
});
