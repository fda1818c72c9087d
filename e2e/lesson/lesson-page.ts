import type { Locator, Page } from "@playwright/test";
import type { LessonMeta } from "../../content/course-map";

/**
 * The Session lesson's h2 sections, in order. Their ids are link targets other pages (and people)
 * rely on: changing one is a breaking change, so it must be made here on purpose.
 */
export const sessionSections = [
  { id: "you-will-learn", name: "You will learn" },
  { id: "http-forgets-you", name: "HTTP forgets you" },
  { id: "the-round-trip-set-cookie-cookie-lookup", name: "The round trip: Set-Cookie, Cookie, lookup" },
  { id: "where-session-state-lives", name: "Where session state lives" },
  { id: "cookie-attributes-that-matter", name: "Cookie attributes that matter" },
  { id: "the-life-of-a-session", name: "The life of a session" },
  { id: "building-it-two-implementations", name: "Building it: two implementations" },
  { id: "scaling-past-one-server", name: "Scaling past one server" },
  { id: "attacks-and-what-each-defence-really-stops", name: "Attacks, and what each defence really stops" },
  { id: "where-browser-apps-keep-the-token", name: "Where browser apps keep the token" },
  { id: "how-large-sites-do-it", name: "How large sites do it" },
  { id: "misconceptions-settled", name: "Misconceptions, settled" },
  { id: "recap", name: "Recap" },
  { id: "sources", name: "Sources" },
] as const;

export class LessonPage {
  readonly title: Locator;
  readonly article: Locator;
  /** Diagrams are <img> of pre-rendered SVG; only the one for the current theme is visible. */
  readonly visibleDiagrams: Locator;
  /** Code blocks are figures whose caption holds the title and a copy button. */
  readonly codeBlocks: Locator;
  readonly copyButtons: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole("heading", { level: 1 });
    this.article = page.getByRole("article");
    this.visibleDiagrams = page.getByRole("figure").getByRole("img");
    this.copyButtons = page.getByRole("button", { name: /^Copy code/ });
    this.codeBlocks = page.getByRole("figure").filter({ has: this.copyButtons });
  }

  async goto(lesson: LessonMeta) {
    await this.page.goto(`/lessons/${lesson.slug}`);
  }

  sectionHeading(name: string): Locator {
    return this.page.getByRole("heading", { level: 2, name, exact: true });
  }

  async readClipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /**
   * Elements that stick out past the right edge of the viewport without a scrolling ancestor to
   * contain them: each one makes the whole page scroll sideways. Described by tag and text.
   */
  async elementsWiderThanViewport(): Promise<string[]> {
    return this.page.evaluate(() => {
      const offenders: Element[] = [];
      const fixed: Element[] = [];
      for (const element of document.body.querySelectorAll("*")) {
        // Fixed boxes (previews, the header) never widen the page.
        if (fixed.some((outer) => outer.contains(element))) continue;
        if (getComputedStyle(element).position === "fixed") {
          fixed.push(element);
          continue;
        }
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.right <= document.documentElement.clientWidth + 1) continue;
        // Only the outermost offender: its descendants stick out with it.
        if (offenders.some((outer) => outer.contains(element))) continue;
        let contained = false;
        for (let parent = element.parentElement; parent && !contained; parent = parent.parentElement) {
          contained = getComputedStyle(parent).overflowX !== "visible";
        }
        if (!contained) offenders.push(element);
      }
      return offenders.map((el) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 50)}"`);
    });
  }
}
