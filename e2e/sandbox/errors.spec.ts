import { endpoints, endpointUrl, type EndpointName } from "../../app/_lib/sandbox/endpoints";
import type { SandboxKind } from "../../app/_lib/sandbox/contract";
import { expect, test } from "./fixtures";

/** A route pattern for one endpoint of the table, on whatever origin the page uses. */
const anyOrigin = (name: EndpointName, kind: SandboxKind) => `**${endpointUrl(endpoints[name], { kind })}`;

// Each test drives the sandbox through several server round trips: three times the default budget.
test.describe.configure({ timeout: 180_000 });

// The server's own 429 and 503 are covered by the API suite; these check what the page does
// with them, so the answers are stubbed at the network layer for one request each.

test("a 429 is shown with its Retry-After, and the data on screen stays", async ({ sandbox, page }) => {
  const panel = await sandbox.open("sealed");
  await panel.login("Rita");
  await panel.put("colour", "green");
  await expect(panel.dataRow("colour")).toBeVisible();

  await page.route(anyOrigin("putData", "sealed"), (route) =>
    route.fulfill({
      status: 429,
      headers: { "retry-after": "7" },
      contentType: "application/json",
      body: JSON.stringify({ error: "rate-limited", message: "Too many requests from this address.", retryAfterSeconds: 7 }),
    }),
  );
  await panel.put("size", "large");
  const alert = panel.alert(panel.panel.getByRole("region", { name: "Try it" }));
  await expect(alert).toContainText("429");
  await expect(alert).toContainText("Too many requests from this address. Try again in 7 s.");
  await expect(panel.dataRow("colour")).toBeVisible();
  await expect(panel.keyInput).toHaveValue("size");
});

test("a 503 from the store says so plainly and keeps the last known session", async ({ sandbox, page }) => {
  const panel = await sandbox.open("server");
  await panel.login("Sam");
  await page.route(anyOrigin("read", "server"), (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: "store-unavailable", message: "The session store is not answering. The lessons still work." }),
    }),
  );
  await panel.readBackButton.click();
  const alert = panel.alert(panel.panel.getByRole("region", { name: "Try it" }));
  await expect(alert).toContainText("503");
  await expect(alert).toContainText("The session store is not answering.");
  await expect(panel.panel.getByText("Logged in as Sam", { exact: true })).toBeVisible();
});

test("a network failure is reported without losing anything", async ({ sandbox, page }) => {
  const panel = await sandbox.open("jwt");
  await panel.login("Nia");
  await page.route(anyOrigin("regenerate", "jwt"), (route) => route.abort("connectionrefused"));
  await panel.regenerateButton.click();
  await expect(panel.alert(panel.panel.getByRole("region", { name: "Try it" }))).toContainText("could not be reached");
  await expect(panel.panel.getByText("Logged in as Nia", { exact: true })).toBeVisible();
});
