import type { Locator, Page } from "@playwright/test";

/** The monotonic-reads lesson's lab, through the roles and names a learner meets. */
export class MonotonicReadsLab {
  readonly section: Locator;
  readonly simulateTab: Locator;
  readonly checkTab: Locator;
  readonly announcer: Locator;
  readonly historyTable: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole("region", { name: "Lab: session-guarantee lab" });
    this.simulateTab = this.section.getByRole("tab", { name: "Replicas and clients" });
    this.checkTab = this.section.getByRole("tab", { name: "Check a history" });
    this.announcer = this.section.locator("[aria-live=polite]").last();
    this.historyTable = this.section.getByRole("table", { name: /^History:/ });
    this.history = this.section.getByRole("textbox", { name: "History" });
  }

  /** Opens the lesson with the lab named in the URL, so it loads at once, and waits for the interactive lab. */
  async open(state?: string) {
    const query = state === undefined ? "" : `?monotonic-reads=${encodeURIComponent(state)}`;
    await this.page.goto(`/lessons/monotonic-reads${query}#lab-monotonic-reads`);
    await this.simulateTab.waitFor();
  }

  button(name: string | RegExp): Locator {
    return this.section.getByRole("button", { name });
  }

  field(name: string): Locator {
    return this.section.getByRole("textbox", { name });
  }

  strategy(name: string): Locator {
    return this.section.getByRole("radio", { name });
  }

  /** The lab's state as the URL holds it. */
  urlState(): string | null {
    return new URL(this.page.url()).searchParams.get("monotonic-reads");
  }

  /** Focuses a control and presses a key, the way a keyboard user operates it. */
  async press(control: Locator, key = "Enter") {
    await control.focus();
    await control.press(key);
  }
}
