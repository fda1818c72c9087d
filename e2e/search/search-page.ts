import type { Locator, Page } from "@playwright/test";

/** The header's search box and its suggestions, and the /search results page. */
export class SearchPage {
  readonly box: Locator;
  readonly suggestions: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole("banner").getByRole("combobox", { name: "Search the course" });
    this.suggestions = page.getByRole("listbox", { name: "Search suggestions" });
    this.status = page.getByRole("banner").getByRole("status");
  }

  option(name: string | RegExp): Locator {
    return this.suggestions.getByRole("option", { name });
  }

  /** The full results page's list of result headings. */
  results(): Locator {
    return this.page.getByRole("main").getByRole("listitem");
  }
}
