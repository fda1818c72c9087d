import { courseMap } from "../../content/course-map";
import { glossary } from "../../content/glossary";
import { expect, test } from "./fixtures";
import type { LessonTerms } from "./glossary-pages";

const plain = (text: string) => text.replaceAll("`", "");
const term = (id: string) => {
  const found = glossary.find((t) => t.id === id);
  if (!found) throw new Error(`no glossary term "${id}"`);
  return found;
};
/** The letter a reader looks under: the title's first letter or digit ("__Host- prefix" is under H), digits under "#". */
const filedUnder = (title: string) => {
  const first = title.replace(/^[^a-z0-9]+/i, "").charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
};
/** What alphabetical order compares: the title without leading punctuation, ignoring case. */
const alphabetKey = (title: string) => title.replace(/^[^a-z0-9]+/i, "").toLowerCase();
/** The Session lesson: the lesson every inline-term test reads. */
const sessionLesson = courseMap.find((lesson) => lesson.slug === "session")!;

test.describe("glossary index", () => {
  test("lists every term alphabetically under its letter, with its one-liner @responsive", async ({ glossaryIndex }) => {
    await glossaryIndex.goto();
    await expect(glossaryIndex.heading).toBeVisible();
    const letters = await glossaryIndex.letters.allTextContents();
    const shown: string[] = [];
    for (const letter of letters) {
      const titles = await glossaryIndex.letterSection(letter).getByRole("heading", { level: 3 }).allTextContents();
      expect(titles.length, `letter ${letter} has no terms`).toBeGreaterThan(0);
      for (const title of titles) expect(filedUnder(title), `"${title}" is under ${letter}`).toBe(letter);
      shown.push(...titles);
    }
    // Every term once; letters A to Z; terms in alphabetical order across the whole page.
    expect([...shown].sort()).toEqual(glossary.map((t) => t.title).sort());
    expect(letters).toEqual([...new Set(letters)].sort());
    expect(shown.map(alphabetKey)).toEqual(shown.map(alphabetKey).sort());
    for (const t of glossary) {
      await expect(glossaryIndex.entry(t.title)).toContainText(plain(t.definition));
    }
  });

  test("every term links to its own page", async ({ glossaryIndex, termPage, page }) => {
    await glossaryIndex.goto();
    for (const t of glossary) await expect(glossaryIndex.termLink(t.title)).toHaveAttribute("href", `/glossary/${t.id}`);
    // One click through: each term page itself is checked below, one test per term.
    const { title, id } = term("session-fixation");
    await glossaryIndex.termLink(title).click();
    await expect(page).toHaveURL(`/glossary/${id}`);
    await expect(termPage.heading).toHaveText(title);
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

  test("lists the lessons whose text links the term, with their sections", async ({ lessonTerms, termPage, page }) => {
    // The expectation comes from the lesson as a reader sees it: a term link and the heading above it.
    await lessonTerms.goto(sessionLesson.slug);
    const linked = (await lessonTerms.linkedTerms()).find((link) => link.section);
    expect(linked, "no lesson links a glossary term from inside a section yet").toBeTruthy();
    const { id, section } = linked!;
    await termPage.goto(id);
    await expect(termPage.usedIn.getByRole("link", { name: sessionLesson.title })).toHaveAttribute("href", `/lessons/${sessionLesson.slug}`);
    await termPage.usedIn.getByRole("link", { name: section!.title, exact: true }).click();
    await expect(page).toHaveURL(`/lessons/${sessionLesson.slug}#${section!.id}`);
    await expect(page.getByRole("heading", { name: section!.title, exact: true })).toBeInViewport();
  });

  test("an unknown term is the site's 404", async ({ termPage, page }) => {
    const response = await termPage.goto("nope");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
  });
});

test.describe("each term's page: its heading, and which lessons link it", () => {
  for (const t of glossary) {
    test(t.title, async ({ request }) => {
      // Which lessons link the term, read from the lesson pages the server sends, not from the code that indexes them.
      const linking: string[] = [];
      for (const lesson of courseMap) {
        const html = await (await request.get(`/lessons/${lesson.slug}`)).text();
        if (html.includes(`href="/glossary/${t.id}"`)) linking.push(lesson.title);
      }
      const response = await request.get(`/glossary/${t.id}`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toMatch(new RegExp(`<h1[^>]*>${t.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</h1>`));
      expect(html.includes("No lesson links to this term yet."), `linked by: ${linking.join(", ") || "none"}`).toBe(linking.length === 0);
      for (const title of linking) expect(html).toContain(title);
    });
  }
});

test.describe("inline terms in a lesson", () => {
  // Hovering every term, or tabbing through the lesson to one, is many steps: three times the default budget.
  test.describe.configure({ timeout: 180_000 });

  /** Opens the Session lesson; returns its first term link's id and what the glossary data says of that term. */
  const first = async (lessonTerms: LessonTerms) => {
    await lessonTerms.goto(sessionLesson.slug);
    const [link] = await lessonTerms.linkedTerms();
    if (!link) throw new Error(`the ${sessionLesson.slug} lesson links no glossary term`);
    const { title, definition } = term(link.id);
    return { id: link.id, title, definition: plain(definition) };
  };

  test("hovering a term shows its preview; clicking opens the term page @responsive", async ({ lessonTerms, page }) => {
    const { id, title, definition } = await first(lessonTerms);
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
    const { id, title } = await first(lessonTerms);
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
    await lessonTerms.goto(sessionLesson.slug);
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
      const { id } = await first(lessonTerms);
      const link = lessonTerms.links(id).first();
      await link.hover();
      await expect(await lessonTerms.previewOf(link)).toBeVisible();
      // The whole lesson is scanned by e2e/site; here only the term and its open preview.
      const tip = await link.getAttribute("aria-describedby");
      expect(await axeViolations([`[aria-describedby="${tip}"]`, `[id="${tip}"]`])).toEqual([]);
    });
  }
});
