import type { Locator, Page } from "@playwright/test";

export class HomePage {
  readonly heading: Locator;
  readonly lessons: Locator;
  readonly themeToggle: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.lessons = page.getByRole("region", { name: "Lessons" }).getByRole("listitem");
    this.themeToggle = page.getByRole("button", { name: "Dark mode" });
  }

  async goto() {
    await this.page.goto("/");
  }

  /** A lesson's link in the lesson map (the "Continue here" box links one lesson too). */
  lessonLink(title: string): Locator {
    return this.lessons.getByRole("link", { name: title, exact: true });
  }

  progressFor(title: string): Locator {
    return this.page.getByRole("listitem").filter({ has: this.lessonLink(title) });
  }
}
