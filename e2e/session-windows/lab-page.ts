import type { Locator, Page } from "@playwright/test";

/** The session-windows lesson's lab, through the roles and names a learner meets. */
export class SessionWindowsLab {
  readonly section: Locator;
  readonly timeline: Locator;
  readonly announcer: Locator;
  readonly gap: Locator;
  readonly grace: Locator;
  readonly eventTime: Locator;
  readonly user: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole("region", { name: "Lab: session-window timeline" });
    this.timeline = this.section.getByRole("application", { name: /^Session timeline/ });
    this.announcer = this.section.locator("[aria-live=polite]").last();
    this.gap = this.section.getByRole("textbox", { name: "Gap (s)" });
    this.grace = this.section.getByRole("textbox", { name: "Grace period (s)" });
    this.eventTime = this.section.getByRole("textbox", { name: "Event time (s)" });
    this.user = this.section.getByRole("combobox", { name: "User" });
  }

  /** Opens the lesson with the lab named in the URL, so it loads at once, and waits for the interactive lab. */
  async open(state?: string) {
    const query = state === undefined ? "" : `?session-windows=${encodeURIComponent(state)}`;
    await this.page.goto(`/lessons/session-windows${query}#lab-session-windows`);
    await this.timeline.waitFor();
  }

  button(name: string | RegExp): Locator {
    return this.section.getByRole("button", { name });
  }

  /** The sessions table (table view), whose caption starts with "Sessions after". */
  table(): Locator {
    return this.section.getByRole("table", { name: /^Sessions after/ });
  }

  urlState(): string | null {
    return new URL(this.page.url()).searchParams.get("session-windows");
  }

  /** Focuses a control and presses a key, the way a keyboard user operates it. */
  async press(control: Locator, key = "Enter") {
    await control.focus();
    await control.press(key);
  }
}
