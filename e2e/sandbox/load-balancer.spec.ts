import { expect, test } from "./fixtures";

// Each test drives the sandbox through several server round trips: three times the default budget.
test.describe.configure({ timeout: 180_000 });

test.describe("load-balancer lab", () => {
  test("says the nodes are simulated inside our server", async ({ sandbox, lb }) => {
    await expect(sandbox.lb).toContainText("simulated inside our one server process");
    await expect(lb.nodes.getByRole("listitem").first()).toBeVisible();
  });

  test("round robin over per-node memory: sessions get lost; killing a node loses its clients", async ({ lb }) => {
    await lb.configure("Round robin", "Each node's memory", 3);
    await lb.send("You");
    await expect(lb.happened).toContainText("You → node");
    await expect(lb.happened).toContainText("started a new one");
    // The next request lands on another node, which has never heard of You.
    await lb.send("You");
    await expect(lb.happened).toContainText(/You → node \d: session lost|You → node \d: no session there/);

    await lb.everyoneButton.click();
    await expect(lb.happened).toContainText("Chen → node");
    const atRisk = (await lb.node(1).textContent()) ?? "";
    expect(atRisk).toMatch(/If it dies: .*lose/);
    await lb.kill(1);
    await expect(lb.happened).toContainText("Node 1 killed");
  });

  test("sticky cookie over per-node memory: same node, session found — until that node dies", async ({ lb }) => {
    await lb.configure("Sticky cookie", "Each node's memory", 3);
    await lb.send("Ana");
    await expect(lb.happened).toContainText("Ana → node");
    const first = /Ana → node (\d)/.exec((await lb.happened.textContent()) ?? "")?.[1];
    expect(first).toBeDefined();
    await lb.send("Ana");
    await expect(lb.happened).toContainText(`Ana → node ${first}: session found (visit 2)`);
    await expect(lb.clients.getByRole("listitem").filter({ hasText: "Ana" })).toContainText("Visit 2");

    await expect(lb.node(Number(first))).toContainText(/If it dies: .*Ana/);
    await lb.kill(Number(first));
    await expect(lb.happened).toContainText(`Node ${first} killed: Ana will lose their session`);
    await lb.send("Ana");
    await expect(lb.happened).toContainText("session lost, started over");
    await expect(lb.happened).not.toContainText(`node ${first}:`);
  });

  test("shared store: killing a node loses nobody's session", async ({ lb }) => {
    await lb.configure("Round robin", "Shared store", 3);
    await lb.everyoneButton.click();
    await expect(lb.happened).toContainText("Chen → node");
    await expect(lb.region).toContainText("Shared store: 4 sessions");
    await lb.kill(2);
    await expect(lb.happened).toContainText("Node 2 killed: nobody loses a session");
    await lb.everyoneButton.click();
    await expect(lb.happened).toContainText("session found (visit 2)");
  });

  test("stateless cookie: any node serves anyone, a dead node costs nothing", async ({ lb }) => {
    await lb.configure("Hash of client address", "Stateless cookie", 2);
    await lb.send("Ben");
    await lb.kill(1);
    await lb.send("Ben");
    await expect(lb.happened).toContainText("Ben → node 2: session found (visit 2)");
  });

  // Issue 10, item 5: the lab's narration.
  test("narration: 'from everyone' reports every client by name, 'If it dies' lists only those the kill costs, plain wording", async ({ lb }) => {
    await lb.configure("Round robin", "Each node's memory", 3);
    await expect(lb.happened).toContainText("sessions kept in per-node memory");
    await lb.everyoneButton.click();
    // Every request of the round is reported, not only the last client's.
    for (const name of ["You", "Ana", "Ben", "Chen"]) await expect(lb.happened).toContainText(`${name} → node`);
    // Each client is narrated by name; "you" is only the learner's own client.
    await expect(lb.happened).toContainText("Ana had no session cookie");
    await expect(lb.happened).toContainText("You had no session cookie");
    // Round robin sends every next request to the one node next in turn, so a kill can cost a session only
    // there: the other nodes' clients lose theirs anyway, whichever node dies.
    const risky: string[] = [];
    for (const item of await lb.nodes.getByRole("listitem").all()) {
      const text = (await item.textContent()) ?? "";
      expect(text).toMatch(/If it dies: /);
      if (!text.includes("nobody loses a session")) risky.push(text);
    }
    expect(risky.length, `nodes that claim a kill costs a session: ${risky.join(" | ")}`).toBeLessThanOrEqual(1);

    await lb.configure("Round robin", "Stateless cookie", 2);
    await expect(lb.happened).toContainText("sessions kept in stateless cookies");
  });

  test("refuses to kill the last live node with a clear message", async ({ lb }) => {
    await lb.configure("Round robin", "Shared store", 2);
    await lb.kill(1);
    await lb.node(2).getByRole("button", { name: "Kill node 2" }).click();
    await expect(lb.alert).toContainText("409");
    await expect(lb.node(2)).toContainText("up");
  });
});
