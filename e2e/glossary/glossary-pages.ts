import { expect, type Locator, type Page } from "@playwright/test";

/** /glossary: the alphabetical index. */
export class GlossaryIndexPage {
  readonly heading: Locator;
  readonly letters: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Glossary" });
    this.letters = page.getByRole("navigation", { name: "Glossary letters" }).getByRole("link");
  }

  async goto(hash = "") {
    await this.page.goto(`/glossary${hash}`);
  }

  termLink(title: string): Locator {
    return this.page.getByRole("main").getByRole("link", { name: title, exact: true });
  }

  /** The index entry (title, aliases, one-liner) of a term. */
  entry(title: string): Locator {
    return this.page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  letterSection(letter: string): Locator {
    return this.page.getByRole("region", { name: letter, exact: true });
  }
}

/** /glossary/<id>: one term. */
export class GlossaryTermPage {
  readonly heading: Locator;
  readonly related: Locator;
  readonly usedIn: Locator;
  readonly sources: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.related = page.getByRole("region", { name: "Related terms" });
    this.usedIn = page.getByRole("region", { name: "Used in" });
    this.sources = page.getByRole("region", { name: "Sources" });
  }

  async goto(id: string) {
    return this.page.goto(`/glossary/${id}`);
  }

  relatedLink(title: string): Locator {
    return this.related.getByRole("link", { name: new RegExp(`^${escape(title)}`) });
  }
}

/** The inline glossary links of a lesson page and their previews. */
export class LessonTerms {
  constructor(readonly page: Page) {}

  async goto(slug: string) {
    await this.page.goto(`/lessons/${slug}`);
  }

  /** The lesson's inline links to a term page (the header's "Glossary" link goes to /glossary, not here). */
  links(id: string): Locator {
    return this.page
      .getByRole("main")
      .getByRole("link")
      .and(this.page.locator(`[href="/glossary/${id}"]`));
  }

  /**
   * Every inline term link of the lesson, in reading order, with the heading it sits under: read from the
   * rendered page, so tests can check the glossary against what a reader sees.
   */
  async linkedTerms(): Promise<{ id: string; section?: { id: string; title: string } }[]> {
    await expect(this.page.getByRole("main")).toBeVisible();
    return this.page.getByRole("main").evaluate((main) => {
      const found: { id: string; section?: { id: string; title: string } }[] = [];
      let section: { id: string; title: string } | undefined;
      for (const element of main.querySelectorAll("h2[id], h3[id], h4[id], h5[id], h6[id], a[href^='/glossary/']")) {
        if (element.tagName === "A") found.push({ id: element.getAttribute("href")!.slice("/glossary/".length), section });
        else section = { id: element.id, title: element.textContent!.trim() };
      }
      return found;
    });
  }

  /** The preview a term link names as its description (aria-describedby). */
  async previewOf(link: Locator): Promise<Locator> {
    const id = await link.getAttribute("aria-describedby");
    expect(id, "a Term link must be described by its preview").toBeTruthy();
    return this.page.getByRole("tooltip").and(this.page.locator(`[id="${id}"]`));
  }

  /** Presses Tab from the top of the page until `link` has focus, as a keyboard user would. */
  async tabTo(link: Locator, maxPresses = 300) {
    await this.page.locator("body").focus();
    for (let i = 0; i < maxPresses; i++) {
      await this.page.keyboard.press("Tab");
      if (await link.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${link}`);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
