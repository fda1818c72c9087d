import { glossary } from "../../content/glossary";
import { groupTerms } from "../../app/glossary/_lib/group-terms";
import { termUsageIndex } from "../../app/glossary/_lib/lesson-terms";
import { expect, test } from "./fixtures";

const plain = (text: string) => text.replaceAll("`", "");
const term = (id: string) => {
  const found = glossary.find((t) => t.id === id);
  if (!found) throw new Error(`no glossary term "${id}"`);
  return found;
};

test.describe("glossary index", () => {
  test("lists every term alphabetically under its letter, with its one-liner @responsive", async ({ glossaryIndex }) => {
    await glossaryIndex.goto();
    await expect(glossaryIndex.heading).toBeVisible();
    const groups = groupTerms(glossary);
    await expect(glossaryIndex.letters).toHaveText(groups.map((g) => g.letter));
    for (const { letter, terms } of groups) {
      const links = glossaryIndex.letterSection(letter).getByRole("heading", { level: 3 });
      await expect(links).toHaveText(terms.map((t) => t.title));
    }
    for (const t of glossary) {
      await expect(glossaryIndex.entry(t.title)).toContainText(plain(t.definition));
    }
  });

  test("every term link opens that term's page", async ({ glossaryIndex, termPage, page }) => {
    for (const t of glossary) {
      await glossaryIndex.goto();
      await glossaryIndex.termLink(t.title).click();
      await expect(page).toHaveURL(`/glossary/${t.id}`);
      await expect(termPage.heading).toHaveText(t.title);
    }
  });

  test("letters and entries are linkable anchors", async ({ glossaryIndex, page }) => {
    await glossaryIndex.goto("#session-fixation");
    await expect(glossaryIndex.entry("Session fixation")).toBeInViewport();
    await glossaryIndex.letters.filter({ hasText: /^S$/ }).click();
    await expect(page).toHaveURL(/#letter-S$/);
    await expect(glossaryIndex.letterSection("S").getByRole("heading", { level: 2 })).toBeInViewport();
  });
});

test.describe("glossary term page", () => {
  test("shows the title, other names, definition, explanation and sources @responsive", async ({ termPage, page }) => {
    const sticky = term("sticky-sessions");
    await termPage.goto(sticky.id);
    await expect(termPage.heading).toHaveText("Sticky sessions");
    await expect(page.getByText("Also called session affinity")).toBeVisible();
    await expect(page.getByText(plain(sticky.definition), { exact: true })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(plain(sticky.explanation[0]!).slice(0, 80));
    await expect(termPage.sources.getByRole("link")).toHaveCount(sticky.sources.length);
    await expect(termPage.sources.getByRole("link").first()).toHaveAttribute("href", sticky.sources[0]!.href);
    await expect(page).toHaveTitle("Sticky sessions (glossary) · Session Lab");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", plain(sticky.definition));
  });

  test("related terms are listed and lead to their pages", async ({ termPage, page }) => {
    const fixation = term("session-fixation");
    await termPage.goto(fixation.id);
    await expect(termPage.related.getByRole("link")).toHaveCount(fixation.related.length);
    const target = term(fixation.related[0]!);
    await termPage.relatedLink(target.title).click();
    await expect(page).toHaveURL(`/glossary/${target.id}`);
    await expect(termPage.heading).toHaveText(target.title);
  });

  test("lists the lessons whose text links the term, with their sections", async ({ termPage, page }) => {
    const usage = termUsageIndex();
    const used = [...usage.entries()].find(([, uses]) => uses.some((u) => u.sections.length > 0));
    expect(used, "no lesson links a glossary term from inside a section yet").toBeTruthy();
    const [id, uses] = used!;
    await termPage.goto(id);
    await expect(termPage.usedIn.getByRole("link", { name: uses[0]!.lesson.title })).toHaveAttribute(
      "href",
      `/lessons/${uses[0]!.lesson.slug}`,
    );
    const { lesson, sections } = uses.find((u) => u.sections.length > 0)!;
    const section = sections[0]!;
    await termPage.usedIn.getByRole("link", { name: section.title, exact: true }).click();
    await expect(page).toHaveURL(`/lessons/${lesson.slug}#${section.id}`);
    await expect(page.getByRole("heading", { name: section.title, exact: true })).toBeInViewport();

    const unused = glossary.find((t) => !usage.has(t.id));
    if (unused) {
      await termPage.goto(unused.id);
      await expect(termPage.usedIn).toContainText("No lesson links to this term yet.");
    }
  });

  test("an unknown term is the site's 404", async ({ termPage, page }) => {
    const response = await termPage.goto("nope");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
  });
});

test.describe("inline terms in a lesson", () => {
  const first = () => {
    const entry = [...termUsageIndex().entries()][0];
    if (!entry) throw new Error("no lesson contains a <Term> yet");
    const [id, uses] = entry;
    return { id, slug: uses[0]!.lesson.slug, title: term(id).title, definition: plain(term(id).definition) };
  };

  test("hovering a term shows its preview; clicking opens the term page @responsive", async ({ lessonTerms, page }) => {
    const { id, slug, title, definition } = first();
    await lessonTerms.goto(slug);
    const link = lessonTerms.links(id).first();
    const preview = await lessonTerms.previewOf(link);
    await expect(preview).toBeHidden();
    await expect(link).toHaveAccessibleDescription(`${title} ${definition}`);

    await link.hover();
    await expect(preview).toBeVisible();
    await expect(preview).toContainText(title);
    await expect(preview).toContainText(definition);

    await link.click();
    await expect(page).toHaveURL(`/glossary/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("tabbing to a term shows its preview; Enter opens the term page", async ({ lessonTerms, page }) => {
    const { id, slug, title } = first();
    await lessonTerms.goto(slug);
    const link = lessonTerms.links(id).first();
    const preview = await lessonTerms.previewOf(link);
    await lessonTerms.tabTo(link);
    await expect(preview).toBeVisible();
    await expect(preview).toBeInViewport({ ratio: 1 });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/glossary/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("no preview overflows a 360 px wide viewport @responsive", async ({ lessonTerms, page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await lessonTerms.goto(first().slug);
    const links = await page.getByRole("main").getByRole("link").and(page.locator('[href^="/glossary/"]')).all();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      await link.hover();
      const preview = await lessonTerms.previewOf(link);
      await expect(preview).toBeVisible();
      const box = (await preview.boundingBox())!;
      expect(box.x, `${await link.textContent()} preview starts off-screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${await link.textContent()} preview ends off-screen`).toBeLessThanOrEqual(360);
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`an open preview passes axe in ${colorScheme} mode`, async ({ lessonTerms, page, axeViolations }) => {
      await page.emulateMedia({ colorScheme });
      const { id, slug } = first();
      await lessonTerms.goto(slug);
      const link = lessonTerms.links(id).first();
      await link.hover();
      await expect(await lessonTerms.previewOf(link)).toBeVisible();
      // The whole lesson is scanned by e2e/site; here only the term and its open preview.
      const tip = await link.getAttribute("aria-describedby");
      expect(await axeViolations([`[aria-describedby="${tip}"]`, `[id="${tip}"]`])).toEqual([]);
    });
  }
});
