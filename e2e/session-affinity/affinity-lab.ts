import type { Locator, Page } from "@playwright/test";

/** The session-affinity lab on its lesson page, through roles and labels only. */
export class AffinityLab {
  readonly section: Locator;
  readonly status: Locator;
  readonly history: Locator;
  readonly load: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole("region", { name: "Lab: session-affinity lab" });
    this.status = this.section.getByRole("status").filter({ hasText: "What happened" });
    this.history = this.section.getByRole("table", { name: "After each change" });
    this.load = this.section.getByRole("table", { name: /^Requests per node/ });
  }

  async open(query = "") {
    await this.page.goto(`/lessons/session-affinity${query}#lab-affinity`);
    await this.section.getByRole("button", { name: "Apply and start fresh" }).waitFor();
  }

  field(name: string): Locator {
    return this.section.getByRole("textbox", { name, exact: true });
  }

  button(name: string): Locator {
    return this.section.getByRole("button", { name, exact: true });
  }

  /** Focuses a control and presses a key on it, as a keyboard user would. */
  async press(control: Locator, key = "Enter") {
    await control.focus();
    await control.press(key);
  }
}
