import type { Locator, Page } from "@playwright/test";

/** The JWT debugger lab on the JWT Sessions lesson, by role and name. */
export class DebuggerPage {
  readonly lab: Locator;
  readonly token: Locator;
  readonly key: Locator;
  readonly verify: Locator;
  readonly status: Locator;
  readonly workedExample: Locator;

  constructor(readonly page: Page) {
    this.lab = page.getByRole("region", { name: "Lab: JWT debugger" });
    this.token = this.lab.getByRole("textbox", { name: /^Token/ });
    this.key = this.lab.getByRole("textbox", { name: /never sent anywhere/ });
    this.verify = this.lab.getByRole("button", { name: "Verify signature and claims" });
    this.status = this.lab.getByRole("status");
    this.workedExample = this.lab.getByText("Worked example: a shop's HS256 session token");
  }

  async open(query = "") {
    await this.page.goto(`/lessons/jwt-sessions${query ? `?jwt-debugger=${encodeURIComponent(query)}` : "?jwt-debugger="}#lab-jwt-debugger`);
    await this.ready();
  }

  /** The interactive lab (not the worked example) has loaded and verified its first preset. */
  async ready() {
    await this.lab.getByRole("heading", { name: "1. Decode" }).waitFor();
    await this.lab.getByText(/^✓ Valid|^✗ Refused/).first().waitFor();
  }

  attackButton(name: string): Locator {
    return this.lab.getByRole("group", { name: "Attacks" }).getByRole("button", { name, exact: true });
  }

  /** Presses a control from the keyboard: focus it, then Enter. */
  async press(control: Locator) {
    await control.focus();
    await this.page.keyboard.press("Enter");
  }
}
