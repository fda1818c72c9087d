import { expect, type Locator, type Page } from "@playwright/test";

/** The load-balancer lab: set-up form, clients, nodes and the result line. */
export class LbLab {
  readonly region: Locator;
  readonly applyButton: Locator;
  readonly everyoneButton: Locator;
  readonly resetButton: Locator;
  readonly happened: Locator;
  readonly nodes: Locator;
  readonly clients: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Lab: sticky sessions and load balancing" });
    this.applyButton = this.region.getByRole("button", { name: "Apply and start fresh" });
    this.everyoneButton = this.region.getByRole("button", { name: "Send a request from everyone" });
    this.resetButton = this.region.getByRole("button", { name: "Reset" });
    this.happened = this.region.getByRole("status");
    this.nodes = this.region.getByRole("list", { name: "Nodes" });
    this.clients = this.region.getByRole("list", { name: "Clients" });
    this.alert = this.region.getByRole("alert");
  }

  /** Picks strategy, storage and node count by their visible labels, then applies them. */
  async configure(strategy: string, storage: string, nodes: number) {
    await this.region.getByRole("radio", { name: strategy }).check();
    await this.region.getByRole("radio", { name: storage }).check();
    await this.region.getByRole("combobox", { name: "Number of nodes" }).selectOption(String(nodes));
    await this.applyButton.click();
    await expect(this.nodes.getByRole("listitem")).toHaveCount(nodes);
    await expect(this.happened).toContainText("fresh nodes");
  }

  node(number: number): Locator {
    return this.nodes.getByRole("listitem", { name: `Node ${number}` });
  }

  async send(client: string) {
    await this.clients.getByRole("button", { name: `Send request as ${client}` }).click();
  }

  async kill(number: number) {
    await this.node(number).getByRole("button", { name: `Kill node ${number}` }).click();
    await expect(this.node(number)).toContainText("down");
  }
}
