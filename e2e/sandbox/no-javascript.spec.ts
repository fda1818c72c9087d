import { expect, test } from "./fixtures";
import { KindPanel } from "./sandbox-page";

// Without JavaScript the sandbox's basic flows are plain forms answered by the server (POST /sandbox/act, 303 back).
test.use({ javaScriptEnabled: false });
test.describe.configure({ timeout: 180_000 });

test("@responsive without JavaScript: log in, put, read and log out work as forms, with the wire rendered by the server", async ({ sandbox, page }) => {
  await expect(sandbox.heading).toBeVisible();
  await expect(page.getByRole("heading", { name: "JavaScript is off: what still works" })).toBeVisible();
  await expect(page.getByText("Asking the server…")).toHaveCount(0);

  const sealed = new KindPanel(page, "sealed");
  await expect(sealed.panel.getByText("No session", { exact: true })).toBeVisible();
  await sealed.nameInput.fill("Ada");
  await sealed.loginButton.click();
  await expect(page).toHaveURL(/\/sandbox\?kind=sealed#sealed-now$/);
  await expect(sealed.panel.getByText("Logged in as Ada", { exact: true })).toBeVisible();
  await expect(sealed.happened).toContainText("What just happened: Log in");
  // The action's own Set-Cookie, then what the browser sent back on the redirected request.
  await expect(sealed.wire.getByText(/^Set-Cookie: __Host-sbx-sealed=/).first()).toBeVisible();
  await expect(sealed.wire).toContainText("On the next request the browser sent back");

  // The multi-line switch needs JavaScript to swap the field, so without it there is none to press in vain.
  await expect(sealed.severalLines).toHaveCount(0);
  await sealed.keyInput.fill("theme");
  await sealed.valueInput.fill("dark");
  await sealed.putButton.click();
  await expect(sealed.dataRow("theme")).toContainText("theme = dark");

  await sealed.keyInput.fill("1bad");
  await sealed.putButton.click();
  await expect(sealed.panel.getByText("Start with a letter")).toBeVisible();
  await expect(sealed.dataRow("theme")).toContainText("theme = dark");

  await sealed.readBackButton.click();
  await expect(sealed.happened).toContainText("What just happened: Read back");
  await sealed.logoutButton.click();
  await expect(sealed.happened).toContainText("What just happened: Log out");
  await expect(sealed.panel.getByText("No session", { exact: true })).toBeVisible();
});

test("without JavaScript the tabs are links, and each kind's forms post for that kind", async ({ sandbox, page }) => {
  await sandbox.tab("server").click();
  await expect(page).toHaveURL(/kind=server/);
  const server = new KindPanel(page, "server");
  await expect(server.panel).toBeVisible();
  await server.nameInput.fill("Grace");
  await server.loginButton.click();
  await expect(server.panel.getByText("Logged in as Grace", { exact: true })).toBeVisible();
  await expect(server.inside).toContainText("In the cookie: an opaque ID");
  await server.regenerateButton.click();
  await expect(server.happened).toContainText("What just happened: Regenerate the ID");
  // The other kinds were not touched.
  await sandbox.tab("jwt").click();
  await expect(new KindPanel(page, "jwt").panel.getByText("No session", { exact: true })).toBeVisible();
});

test("@responsive without JavaScript no control is left that does nothing", async ({ sandbox, page }) => {
  void sandbox;
  // Hidden: the dark-mode switch, the labs' controls, the copy buttons; each lab says it needs JavaScript.
  await expect(page.getByRole("button", { name: "Dark mode" })).toBeHidden();
  const visibleButtons = await page.getByRole("button").evaluateAll((buttons) =>
    buttons.filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => b.textContent?.trim() ?? ""),
  );
  // Every visible button is a submit button of a form the server answers.
  const dead = await page.getByRole("button").evaluateAll((buttons) =>
    buttons
      .filter((b) => (b as HTMLElement).offsetParent !== null)
      .filter((b) => !((b as HTMLButtonElement).type === "submit" && (b as HTMLButtonElement).form?.getAttribute("action")))
      .map((b) => b.textContent?.trim() ?? ""),
  );
  expect(visibleButtons.length).toBeGreaterThan(3);
  expect(dead).toEqual([]);
  await expect(page.getByText("This lab needs JavaScript, which is off in this browser.").first()).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("button", { name: "Dark mode" })).toBeHidden();
});

test("the form route refuses a post from another site", async ({ request }) => {
  const response = await request.post("/sandbox/act", {
    headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
    data: "kind=sealed&action=login&name=Mallory",
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});
