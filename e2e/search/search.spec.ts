import { glossary } from "../../content/glossary";
import { expect, test } from "./fixtures";

// Opening search fetches the index and the search code: a couple of round trips on a shared machine.
test.describe.configure({ timeout: 90_000 });

test("/ focuses the search box; typing suggests sections, terms and questions; arrow keys and Enter open the exact section", async ({ page, search }) => {
  await page.goto("/glossary");
  // Before search is opened, neither the index nor MiniSearch has been fetched.
  const indexRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/search-index.json")) indexRequests.push(request.url());
  });
  await page.locator("body").press("/");
  await expect(search.box).toBeFocused();
  await page.keyboard.type("fixation");
  await expect(search.option(/^Session fixation Lesson section · Session$/)).toBeVisible();
  await expect(search.option(/^Session fixation Glossary term · Glossary$/)).toBeVisible();
  expect(indexRequests).toHaveLength(1);

  await page.keyboard.press("ArrowDown");
  await expect(search.box).toHaveAttribute("aria-activedescendant", /.+/);
  await expect(search.option(/^Session fixation Lesson section/)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/lessons\/session#session-fixation$/);
  await expect(page.getByRole("heading", { name: "Session fixation", exact: true })).toBeInViewport();
});

test("pointing at the box starts loading search; a slow load says so, then shows the suggestions for what was typed", async ({ page, search }) => {
  // The index answers only when the test lets it: the status must appear while it is held back.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/search-index.json", async (route) => {
    await released;
    await route.continue();
  });
  const indexRequested = page.waitForRequest((request) => request.url().endsWith("/search-index.json"));
  await page.goto("/");
  await search.box.hover();
  await indexRequested;
  await search.box.click();
  await page.keyboard.type("sticky");
  await expect(search.status).toHaveText("Loading search…");
  release();
  await expect(search.option(/^Sticky sessions/)).toBeVisible();
  await expect(search.box).toHaveValue("sticky");
});

test("Escape closes the suggestions and a query with no match says so", async ({ page, search }) => {
  await page.goto("/");
  await search.box.click();
  await search.box.fill("zzqxj");
  await expect(search.status).toHaveText("Nothing matches “zzqxj”. Try another word.");
  await search.box.fill("sticky");
  await expect(search.option(/^Sticky sessions/)).toBeVisible();
  await search.box.press("Escape");
  await expect(search.suggestions).toBeHidden();
  await expect(search.box).toBeFocused();
});

test("Enter without a chosen suggestion opens the full results page", async ({ page, search }) => {
  await page.goto("/");
  await search.box.click();
  await search.box.fill("samesite");
  await expect(search.option(/^SameSite Glossary term/)).toBeVisible();
  await search.box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=samesite$/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(/results? for “samesite”/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form submits to a server-rendered results page that links each term @responsive", async ({ page }) => {
    await page.goto("/search");
    const field = page.getByRole("main").getByRole("searchbox");
    await field.fill("sticky cookie");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=sticky\+cookie$/);
    const term = glossary.find((t) => t.id === "sticky-sessions")!;
    await expect(page.getByRole("link", { name: term.title, exact: true })).toHaveAttribute("href", "/glossary/sticky-sessions");
  });

  test("a quiz question's result says where it is and what it tests, not one of its answers", async ({ page, search }) => {
    await page.goto("/search?q=samesite");
    const question = search.results().filter({ has: page.getByRole("link", { name: /^You set a session cookie without a SameSite attribute/ }) });
    await expect(question).toContainText(/Question \d+ of 20 in the Session quiz, on SameSite\./);
    // A wrong option of that question, which the results once showed as if it were a fact.
    await expect(question).not.toContainText("Every modern browser treats it as SameSite=Lax");
  });

  test("an over-long query gets a message at the field, and what was typed stays", async ({ page }) => {
    const long = "cookie ".repeat(20).trim();
    await page.goto(`/search?q=${encodeURIComponent(long)}`);
    const field = page.getByRole("main").getByRole("searchbox");
    await expect(field).toHaveValue(long);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/at most 100 characters; this one has 139/);
  });
});

test("the search page and the open suggestions pass axe, light and dark @responsive", async ({ page, search, axeViolations }) => {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/search?q=jwt");
    expect(await axeViolations()).toEqual([]);
    if ((page.viewportSize()?.width ?? 0) >= 640) {
      await search.box.click();
      await search.box.fill("cookie");
      await expect(search.suggestions).toBeVisible();
      expect(await axeViolations()).toEqual([]);
    }
  }
});
