import type { Locator, Page } from "@playwright/test";

/** The Set-Cookie inspector lab on the Cookie-Based Sessions lesson, by role and name. */
export class InspectorPage {
  readonly lab: Locator;
  readonly url: Locator;
  readonly lines: Locator;
  readonly preset: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.lab = page.getByRole("region", { name: "Lab: Set-Cookie inspector" });
    this.url = this.lab.getByRole("textbox", { name: /^Response URL/ });
    this.lines = this.lab.getByRole("textbox", { name: /^Set-Cookie lines/ });
    this.preset = this.lab.getByRole("combobox", { name: "Example" });
    this.status = this.lab.getByRole("status");
  }

  async open(state?: string) {
    await this.page.goto(`/lessons/cookie-based-sessions${state ? `?cookie-inspector=${encodeURIComponent(state)}` : "?cookie-inspector="}#lab-cookie-inspector`);
    await this.ready();
  }

  /** The interactive lab (not the worked example) has loaded. */
  async ready() {
    await this.lab.getByRole("heading", { name: "Set-Cookie inspector" }).waitFor();
    await this.status.filter({ hasText: /line/ }).waitFor();
  }
}
