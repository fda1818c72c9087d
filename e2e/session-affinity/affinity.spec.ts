import { expect, test } from "./fixtures";

test.describe("session-affinity lab", () => {
  test("driven by keyboard: preset, kill, undo, and the state is in the URL @responsive", async ({ lab, page }) => {
    await lab.open();
    await lab.press(lab.button("add a node: consistent"));
    await expect(lab.status).toContainText('Preset "add a node: consistent"');
    await expect(lab.history).toContainText("Node 6 added");
    // About a sixth of 2,000 clients move to the new node.
    const moved = Number(/Node 6 added\s*(\d+)/.exec((await lab.history.textContent()) ?? "")?.[1]);
    expect(moved).toBeGreaterThan(200);
    expect(moved).toBeLessThan(500);

    await lab.press(lab.button("Kill node 2"));
    await expect(lab.status).toContainText("Node 2 killed (marked down):");
    await expect(lab.load.getByRole("row", { name: /^2 / })).toContainText("down");
    await expect(page).toHaveURL(/affinity=consistent_1\.1\.1\.1\.1_2000_0_7_a\.k2/);

    await lab.press(lab.button("Undo last change"));
    await expect(lab.status).toContainText("Undone.");
    await expect(page).toHaveURL(/affinity=consistent_1\.1\.1\.1\.1_2000_0_7_a(&|#|$)/);
  });

  test("a shared link reproduces the run, and a broken one says so", async ({ lab }) => {
    await lab.open("?affinity=ip-hash_1.1.1_500_50_3_k1.r1");
    await expect(lab.history).toContainText("Node 1 killed (marked down)");
    await expect(lab.history).toContainText("Node 1 revived");
    // Half the clients share one /24, so ip_hash puts them all on one node.
    await expect(lab.history.getByRole("row").nth(1)).toContainText("1 node");

    await lab.open("?affinity=nonsense");
    await expect(lab.status).toContainText("not understood");
  });

  test("bad input gets a message at the field and changes nothing", async ({ lab }) => {
    await lab.open();
    await lab.field("Clients").fill("20000");
    await lab.field("Nodes").fill("0");
    await lab.press(lab.button("Apply and start fresh"));
    await expect(lab.field("Clients")).toHaveAttribute("aria-invalid", "true");
    await expect(lab.section.getByText("Error: Clients: a whole number from 1 to 10,000.")).toBeVisible();
    await expect(lab.section.getByText("Error: Nodes: a whole number from 1 to 10.")).toBeVisible();
    await expect(lab.status).toContainText("Not applied");
  });

  test("the scenarios: chained balancers and a shared cache", async ({ lab }) => {
    await lab.open();
    const chain = lab.section.getByRole("table", { name: /^Chained balancers/ });
    await expect(chain).toContainText("one cookie name");
    await lab.press(lab.section.getByRole("checkbox", { name: /its own cookie name/ }), "Space");
    await expect(chain).toContainText("outer moved 0 times, inner 0 times");
    await lab.press(lab.section.getByRole("checkbox", { name: /nocache/ }), "Space");
    await expect(lab.section.getByText(/must not store it/)).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds nothing in the lab (${colorScheme}) @responsive`, async ({ lab, page, axeViolations }) => {
      await page.emulateMedia({ colorScheme });
      await lab.open();
      await lab.press(lab.button("Kill node 1"));
      await expect(lab.status).toContainText("Node 1 killed");
      expect(await axeViolations(["#lab-affinity"])).toEqual([]);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the worked example shows the same model's result @responsive", async ({ page }) => {
    await page.goto("/lessons/session-affinity");
    const lab = page.getByRole("region", { name: "Lab: session-affinity lab" });
    await expect(lab).toContainText("Worked example: nginx ip_hash, 5 nodes, 2,000 clients, 20% of them behind one NAT");
    await expect(lab.getByRole("table", { name: "After each change" })).toContainText("Node 3 killed (marked down)");
    await expect(lab.getByRole("table", { name: /^Chained balancers/ })).toBeVisible();
  });
});
