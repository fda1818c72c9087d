import { expect, type Locator, type Page } from "@playwright/test";

export type Kind = "sealed" | "server" | "jwt";

const TAB_NAMES: Record<Kind, string> = { sealed: "Sealed cookie", server: "Server-side session", jwt: "JWT" };
export const COOKIE_NAMES: Record<Kind, string> = { sealed: "__Host-sbx-sealed", server: "__Host-sbx-sid", jwt: "__Host-sbx-jwt" };

/** One session kind's tab panel and the controls inside it. */
export class KindPanel {
  readonly panel: Locator;
  readonly nameInput: Locator;
  readonly loginButton: Locator;
  readonly keyInput: Locator;
  readonly valueInput: Locator;
  readonly severalLines: Locator;
  readonly putButton: Locator;
  readonly readBackButton: Locator;
  readonly regenerateButton: Locator;
  readonly logoutButton: Locator;
  readonly happened: Locator;
  readonly dataList: Locator;
  readonly wire: Locator;
  readonly inside: Locator;
  readonly size: Locator;
  readonly tamper: Locator;
  readonly replay: Locator;
  readonly fixation: Locator;
  readonly devices: Locator;

  constructor(
    readonly page: Page,
    readonly kind: Kind,
  ) {
    this.panel = page.getByRole("tabpanel", { name: TAB_NAMES[kind] });
    const tryIt = this.panel.getByRole("region", { name: "Try it" });
    this.nameInput = tryIt.getByLabel("Your name");
    this.loginButton = tryIt.getByRole("button", { name: "Log in" });
    this.keyInput = tryIt.getByLabel("Key");
    this.valueInput = tryIt.getByLabel("Value");
    this.severalLines = tryIt.getByRole("checkbox", { name: "Several lines" });
    this.putButton = tryIt.getByRole("button", { name: "Put data" });
    this.readBackButton = tryIt.getByRole("button", { name: "Read back" });
    this.regenerateButton = tryIt.getByRole("button", { name: "Regenerate the ID" });
    this.logoutButton = tryIt.getByRole("button", { name: "Log out" });
    this.dataList = tryIt.getByRole("list");
    this.happened = this.panel.getByRole("status", { name: /What just happened/ });
    this.wire = this.panel.getByRole("region", { name: "The wire" });
    this.inside = this.panel.getByRole("region", { name: "Inside the cookie" });
    this.size = this.panel.getByRole("region", { name: "Size" });
    this.tamper = this.panel.getByRole("region", { name: "Tamper" });
    this.replay = this.panel.getByRole("region", { name: "Replay after logout" });
    this.fixation = this.panel.getByRole("region", { name: "Session fixation" });
    this.devices = this.panel.getByRole("region", { name: "Your sessions" });
  }

  get cookieName(): string {
    return COOKIE_NAMES[this.kind];
  }

  /** Waits for the first read the panel makes on its own, so actions never race it. */
  async ready() {
    await expect(this.happened).toContainText(/session|cookie|token/i);
  }

  async login(name: string) {
    await this.nameInput.fill(name);
    await this.loginButton.click();
    await expect(this.panel.getByText(`Logged in as ${name}`, { exact: true })).toBeVisible();
  }

  async put(key: string, value: string) {
    await this.keyInput.fill(key);
    await this.valueInput.fill(value);
    await this.putButton.click();
  }

  dataRow(key: string): Locator {
    return this.dataList.getByRole("listitem").filter({ hasText: new RegExp(`^${key} = `) });
  }

  removeButton(key: string): Locator {
    return this.panel.getByRole("button", { name: `Remove ${key}` });
  }

  alert(region: Locator): Locator {
    return region.getByRole("alert");
  }

  timer(label: string): Locator {
    return this.panel.getByRole("timer", { name: label });
  }

  /** The deadline a countdown shows, read from its machine-readable <time>. */
  async deadline(label: string): Promise<number> {
    const iso = await this.timer(label).locator("time").getAttribute("datetime");
    return Date.parse(iso ?? "");
  }
}

export class SandboxPage {
  readonly heading: Locator;
  readonly tablist: Locator;
  readonly lb: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.tablist = page.getByRole("tablist", { name: "Session kinds" });
    this.lb = page.getByRole("region", { name: "Lab: sticky sessions and load balancing" });
  }

  async goto() {
    await this.page.goto("/sandbox");
    await expect(this.heading).toBeVisible();
  }

  tab(kind: Kind): Locator {
    return this.tablist.getByRole("tab", { name: TAB_NAMES[kind] });
  }

  /** Selects the kind's tab and returns its panel once the panel's first read has answered. */
  async open(kind: Kind): Promise<KindPanel> {
    await this.tab(kind).click();
    const panel = new KindPanel(this.page, kind);
    await expect(panel.panel).toBeVisible();
    await panel.ready();
    return panel;
  }
}
