import { expect, test } from "./fixtures";
import type { Kind } from "./sandbox-page";

// Each test drives the sandbox through several server round trips: three times the default budget.
test.describe.configure({ timeout: 180_000 });

const kinds: Kind[] = ["sealed", "server", "jwt"];

for (const kind of kinds) {
  test.describe(`${kind} session`, () => {
    test("login shows the Set-Cookie with HttpOnly, Secure, SameSite and the __Host- prefix, then the Cookie sent back", async ({ sandbox }) => {
      const panel = await sandbox.open(kind);
      await panel.login("Ada");

      const response = panel.wire.getByRole("listitem").filter({ hasText: "The server answered with" });
      await expect(response).toContainText(`Set-Cookie: ${panel.cookieName}=`);
      for (const attribute of ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"]) {
        await expect(response).toContainText(attribute);
      }
      // Each attribute and the prefix are explained, not just shown.
      await expect(response.getByRole("term").filter({ hasText: "__Host-" })).toBeVisible();
      await expect(response.getByRole("term").filter({ hasText: "HttpOnly" })).toBeVisible();

      const echo = panel.wire.getByRole("listitem").filter({ hasText: "On the next request the browser sent back" });
      await expect(echo).toContainText(`Cookie: `);
      await expect(echo).toContainText(`${panel.cookieName}=`);
      await expect(echo).toContainText("stored the new cookie");
    });

    test("put, read back and remove data round-trips through the cookie", async ({ sandbox }) => {
      const panel = await sandbox.open(kind);
      await panel.login("Grace");
      await panel.put("theme", "dark");
      await expect(panel.dataRow("theme")).toContainText("theme = dark");
      await expect(panel.inside).toContainText("theme");

      await panel.readBackButton.click();
      await expect(panel.happened).toContainText("Read back");
      await expect(panel.dataRow("theme")).toBeVisible();

      await panel.removeButton("theme").click();
      await expect(panel.dataRow("theme")).toHaveCount(0);
      await expect(panel.panel.getByText("None yet.")).toBeVisible();
      // The control used is gone, so focus moves to the result rather than the top of the page.
      await expect(panel.happened).toBeFocused();
    });

    test("logout clears the cookie with Max-Age=0 and leaves no session", async ({ sandbox }) => {
      const panel = await sandbox.open(kind);
      await panel.login("Linus");
      await panel.logoutButton.click();
      await expect(panel.panel.getByText("No session", { exact: true })).toBeVisible();
      const response = panel.wire.getByRole("listitem").filter({ hasText: "The server answered with" });
      await expect(response).toContainText(`Set-Cookie: ${panel.cookieName}=; Max-Age=0`);
      await expect(panel.wire).toContainText("deleted the cookie");
    });

    test("a bad key is refused with a 422 that names the field, and nothing is lost", async ({ sandbox }) => {
      const panel = await sandbox.open(kind);
      await panel.login("Alan");
      await panel.put("colour", "blue");
      await expect(panel.dataRow("colour")).toBeVisible();
      await panel.put("1bad", "x");
      await expect(panel.alert(panel.panel.getByRole("region", { name: "Try it" }))).toContainText("422");
      await expect(panel.keyInput).toHaveAttribute("aria-invalid", "true");
      await expect(panel.keyInput).toBeFocused();
      await expect(panel.keyInput).toHaveValue("1bad");
      await expect(panel.dataRow("colour")).toBeVisible();
    });

    test("tamper: every forged copy is refused and the page says why; a spare-bit change is accepted and explained", async ({ sandbox }) => {
      const panel = await sandbox.open(kind);
      await panel.login("Mallory");
      const buttons = panel.tamper.getByRole("button");
      const count = await buttons.count();
      expect(count).toBeGreaterThan(0);
      const result = panel.tamper.getByRole("group", { name: "Tamper result" });
      for (let i = 0; i < count; i += 1) {
        const button = buttons.nth(i);
        const label = (await button.textContent()) ?? "";
        await button.click();
        if (label.includes("last character")) {
          await expect(result, label).toContainText("Accepted: the same signature, spelled differently");
          await expect(result).toContainText("decodes to the very same bytes");
        } else {
          await expect(result, label).toContainText("rejected the forgery");
          await expect(result).toContainText(/reason: (tampered|malformed|wrong-alg|unknown-id|invalid-claims)/);
        }
      }
      // The learner's own cookie was never touched.
      await panel.readBackButton.click();
      await expect(panel.panel.getByText("Logged in as Mallory", { exact: true })).toBeVisible();
    });
  });
}

test("the server-side kind shows idle and absolute deadlines; the seal and token show their expiry", async ({ sandbox }) => {
  const server = await sandbox.open("server");
  const before = Date.now();
  await server.login("Tim");
  const idle = await server.deadline("Idle timeout");
  const absolute = await server.deadline("Absolute timeout");
  // 2 and 10 minutes from the server's now, with slack for clock skew and test time.
  expect(idle - before).toBeGreaterThan(110_000);
  expect(idle - before).toBeLessThan(135_000);
  expect(absolute - before).toBeGreaterThan(590_000);
  expect(absolute - before).toBeLessThan(615_000);
  await expect(server.timer("Idle timeout")).toContainText(/[0-2]:\d\d/);

  const sealed = await sandbox.open("sealed");
  await sealed.login("Tim");
  expect((await sealed.deadline("Seal expires")) - Date.now()).toBeGreaterThan(500_000);

  const jwt = await sandbox.open("jwt");
  await jwt.login("Tim");
  expect((await jwt.deadline("Token expires (exp)")) - Date.now()).toBeGreaterThan(500_000);
  await expect(jwt.inside).toContainText("exp");
  await expect(jwt.inside).toContainText(/UTC/);
});

test("inside the cookie: the seal's fields, the opaque ID with its record, the JWT's readable claims", async ({ sandbox }) => {
  const sealed = await sandbox.open("sealed");
  await sealed.login("Barbara");
  await sealed.put("secretish", "plans");
  const fields = sealed.inside.getByRole("list", { name: "Fields of the seal" }).getByRole("listitem");
  await expect(fields).toHaveCount(9);
  await expect(fields.first()).toContainText("Fe26.2");
  await expect(sealed.inside).toContainText("Without the secret");
  await expect(sealed.inside.getByText("With the secret: what the server decrypted")).toBeVisible();
  await expect(sealed.inside).toContainText('"secretish": "plans"');

  const server = await sandbox.open("server");
  await server.login("Barbara");
  await expect(server.inside).toContainText("In the cookie: an opaque ID");
  await expect(server.inside).toContainText("128 random bits");
  await expect(server.inside).toContainText("Barbara");

  const jwt = await sandbox.open("jwt");
  await jwt.login("Barbara");
  await expect(jwt.inside.getByRole("heading", { name: "Decoded header" })).toBeVisible();
  await expect(jwt.inside).toContainText('alg: "HS256"');
  await expect(jwt.inside).toContainText('sub: "Barbara"');
});

test("regenerating the ID keeps the data under a new cookie value", async ({ sandbox }) => {
  const server = await sandbox.open("server");
  await server.login("Edsger");
  await server.put("k", "v");
  const id = server.inside.getByRole("region", { name: "In the cookie: an opaque ID" }).locator("code");
  const idBefore = (await id.textContent()) ?? "";
  expect(idBefore).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  await server.regenerateButton.click();
  await expect(server.happened).toContainText("Regenerate the ID");
  await expect(id).not.toHaveText(idBefore);
  await expect(server.dataRow("k")).toBeVisible();
});
