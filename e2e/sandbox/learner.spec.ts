import type { ConsoleMessage } from "@playwright/test";
import { courseMap } from "../../content/course-map";
import { expect, test } from "./fixtures";
import { COOKIE_NAMES } from "./sandbox-page";
import { clickCopy } from "../copy-button";

// Issue 10: the sandbox as a learner meets it. Each test drives several server round trips.
test.describe.configure({ timeout: 180_000 });

test("Enter in the data form: in Key it moves on to Value, in Value it puts the pair", async ({ sandbox }) => {
  const sealed = await sandbox.open("sealed");
  await sealed.login("Ada");
  // One line, as in any one-line form: no hidden line break can reach the server.
  expect(await sealed.valueInput.evaluate((element) => element.tagName)).toBe("INPUT");
  await sealed.keyInput.fill("theme");
  await sealed.keyInput.press("Enter");
  await expect(sealed.valueInput).toBeFocused();
  await expect(sealed.dataRow("theme")).toHaveCount(0);
  await expect(sealed.keyInput).toHaveValue("theme");

  await sealed.valueInput.fill("dark");
  await sealed.valueInput.press("Enter");
  await expect(sealed.dataRow("theme")).toContainText("theme = dark");
  await expect(sealed.alert(sealed.panel.getByRole("region", { name: "Try it" }))).toBeEmpty();
});

test("a long value gets its own multi-line field: Enter starts a line, Ctrl+Enter puts the pair", async ({ sandbox }) => {
  const sealed = await sandbox.open("sealed");
  await sealed.login("Ada");
  await sealed.keyInput.fill("note");
  await sealed.severalLines.check();
  expect(await sealed.valueInput.evaluate((element) => element.tagName)).toBe("TEXTAREA");
  await expect(sealed.valueInput).toBeFocused();
  await sealed.valueInput.pressSequentially("first line");
  await sealed.valueInput.press("Enter");
  await sealed.valueInput.pressSequentially("second line");
  await expect(sealed.valueInput).toHaveValue("first line\nsecond line");
  await expect(sealed.dataRow("note")).toHaveCount(0);

  // Going back to one line would drop the line break, so the switch holds and says why.
  await expect(sealed.severalLines).toBeDisabled();
  await sealed.severalLines.focus();
  await sealed.page.keyboard.press("Space");
  await expect(sealed.severalLines).toBeChecked();
  await expect(sealed.severalLines).toHaveAccessibleDescription("Remove the line breaks to go back to one line.");
  await expect(sealed.valueInput).toHaveValue("first line\nsecond line");

  await sealed.valueInput.press("ControlOrMeta+Enter");
  await expect(sealed.dataRow("note")).toContainText("note = first line\nsecond line");
  await expect(sealed.valueInput).toHaveValue("");
  await sealed.readBackButton.click();
  await expect(sealed.dataRow("note")).toContainText("second line");
});

test("after the session ends on the server, a refused action leaves every panel saying so", async ({ sandbox, page }) => {
  const server = await sandbox.open("server");
  await server.login("Ada");
  // What an idle timeout does, without waiting two minutes: the browser's next request finds no session.
  await page.context().clearCookies({ name: COOKIE_NAMES.server });
  await server.put("theme", "dark");

  const alert = server.alert(server.panel.getByRole("region", { name: "Try it" }));
  await expect(alert).toContainText("401");
  await expect(alert).toContainText("session had already ended");
  await expect(alert).not.toContainText("Nothing you had was lost");
  await expect(server.panel.getByText("No session", { exact: true })).toBeVisible();
  await expect(server.happened).toContainText("What just happened: Put data");
  await expect(server.happened).toContainText("Refused");
  await expect(server.happened).not.toContainText("Logged in as");
  await expect(server.panel.getByText("Logged in as Ada")).toHaveCount(0);

  // Actions that need a session now say why they wait.
  await expect(server.putButton).toHaveAttribute("aria-disabled", "true");
  await expect(server.putButton).toHaveAccessibleDescription("Log in first: there is no session to change yet.");
  await expect(server.regenerateButton).toHaveAttribute("aria-disabled", "true");
});

test("the chosen tab is in the URL: a reload keeps it", async ({ sandbox, page }) => {
  await sandbox.open("server");
  await expect(page).toHaveURL(/[?&]kind=server/);
  await page.reload();
  await expect(sandbox.tab("server")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Server-side session" })).toBeVisible();
});

test("the fixation link of the Session lesson opens the server-side tab on the fixation lab", async ({ page }) => {
  await page.goto("/lessons/session");
  await page.getByRole("main").locator('a[href^="/sandbox"][href*="fixation"]').click();
  await expect(page).toHaveURL(/\/sandbox\?kind=server#server-fixation$/);
  const tab = page.getByRole("tablist", { name: "Session kinds" }).getByRole("tab", { name: "Server-side session" });
  await expect(tab).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("heading", { name: "Session fixation", level: 4 })).toBeInViewport();
});

test("every lesson's link into the sandbox lands on its lab, in the right tab", async ({ page }) => {
  let checked = 0;
  for (const { slug } of courseMap) {
    await page.goto(`/lessons/${slug}`);
    const hrefs = await page
      .locator('article a[href^="/sandbox"], main .prose a[href^="/sandbox"], main a[href^="/sandbox?"], main a[href^="/sandbox#"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href") ?? ""))]);
    for (const href of hrefs) {
      const url = new URL(href, "http://x");
      const id = url.hash.slice(1);
      if (!id) continue;
      await page.goto(href);
      const target = page.locator(`[id="${id}"]`);
      await expect(target, `${slug}: ${href}`).toBeVisible();
      await expect(target, `${slug}: ${href} lands on its lab`).toBeInViewport();
      const kind = url.searchParams.get("kind");
      if (kind) await expect(page.locator(`[role="tab"][href^="?kind=${kind}"]`), `${slug}: ${href}`).toHaveAttribute("aria-selected", "true");
      checked += 1;
    }
  }
  // The Session lesson alone links the tamper, load-balancing and fixation labs.
  expect(checked).toBeGreaterThanOrEqual(3);
});

test("a walk through the labs logs no console errors, though the labs are refused on purpose", async ({ sandbox, page, lb }) => {
  const errors: string[] = [];
  const record = (message: ConsoleMessage) => {
    if (message.type() === "error") errors.push(message.text());
  };
  page.on("console", record);
  page.on("pageerror", (error) => errors.push(error.message));

  const jwt = await sandbox.open("jwt");
  // 404: no pre-logout copy yet.
  await jwt.replay.getByRole("button", { name: "Replay the cookie from before logout" }).click();
  await expect(jwt.alert(jwt.replay)).toContainText("404");
  await jwt.login("Ada");
  // 422: a key must start with a letter.
  await jwt.put("1bad", "x");
  await expect(jwt.panel.getByText("Start with a letter")).toBeVisible();
  for (const button of await jwt.tamper.getByRole("button").all()) {
    await button.click();
    await expect(jwt.tamper.getByRole("group", { name: "Tamper result" })).toBeVisible();
  }
  await jwt.replay.getByRole("button", { name: "Log out, then replay the old cookie" }).click();
  await expect(jwt.replay.getByRole("group", { name: "Replay result" })).toBeVisible();

  const server = await sandbox.open("server");
  await server.fixation.getByRole("button", { name: "Run the attack" }).click();
  await expect(server.fixation.getByRole("list", { name: "Attack steps" }).getByRole("listitem")).toHaveCount(3);
  await server.login("Ada");
  await page.context().clearCookies({ name: COOKIE_NAMES.server });
  // 401: the session is gone.
  await server.regenerateButton.click();
  await expect(server.alert(server.panel.getByRole("region", { name: "Try it" }))).toContainText("401");

  const count = await lb.nodes.getByRole("listitem").count();
  for (let n = 1; n < count; n += 1) await lb.kill(n);
  // 409: the last live node cannot be killed.
  await lb.node(count).getByRole("button", { name: `Kill node ${count}` }).click();
  await expect(lb.alert).toContainText("409");

  expect(errors).toEqual([]);

  // The API itself keeps its status codes for every client that does not ask for the page's report.
  const plain = await page.request.get("/api/sandbox/nope");
  expect(plain.status()).toBe(404);
  const reported = await page.request.get("/api/sandbox/nope", { headers: { "X-Sandbox-Report": "in-body" } });
  expect(reported.status()).toBe(200);
  expect(reported.headers()["x-sandbox-status"]).toBe("404");
  expect(await reported.json()).toMatchObject({ status: 404, body: { error: "not-found" } });
});

test("the wire never says the browser keeps a cookie it does not have", async ({ sandbox }) => {
  const jwt = await sandbox.open("jwt");
  await jwt.readBackButton.click();
  await expect(jwt.happened).toContainText("Read back");
  await expect(jwt.wire).toContainText("the browser had no cookie of this kind, and still has none");
  await expect(jwt.wire).not.toContainText("keeps the cookie it already has");
});

test("the fixation lab narrates its steps and the replay result says its explanation once", async ({ sandbox }) => {
  const server = await sandbox.open("server");
  await server.fixation.getByRole("button", { name: "Run the attack" }).click();
  const steps = server.fixation.getByRole("list", { name: "Attack steps" }).getByRole("listitem");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(1)).toContainText("Step 3 shows");
  await expect(server.fixation).not.toContainText("Now ask");

  const sealed = await sandbox.open("sealed");
  await sealed.login("Eve");
  await sealed.replay.getByRole("button", { name: "Log out, then replay the old cookie" }).click();
  const result = sealed.replay.getByRole("group", { name: "Replay result" });
  await expect(result).toContainText("Still accepted after logout");
  const text = (await result.textContent()) ?? "";
  expect(text.split("logout only deleted the browser's copy").length - 1).toBe(1);
  expect(text.split("replay again").length - 1).toBe(1);
});

test("copy buttons copy the Set-Cookie header and the token exactly", async ({ sandbox, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const jwt = await sandbox.open("jwt");
  await jwt.login("Ada");
  const header = jwt.wire.getByText(/^Set-Cookie: __Host-sbx-jwt=/).first();
  const shown = ((await header.textContent()) ?? "").replace(/^Set-Cookie: /, "");
  await clickCopy(jwt.wire.getByRole("button", { name: "Copy the Set-Cookie header for __Host-sbx-jwt" }));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

  await jwt.inside.getByRole("button", { name: "Copy the encoded token" }).click();
  const token = await page.evaluate(() => navigator.clipboard.readText());
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  expect(shown.startsWith(`__Host-sbx-jwt=${token};`)).toBe(true);
});

test("@responsive at 360 px the result comes into view and the replayed cookie's name stays whole", async ({ sandbox, page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const sealed = await sandbox.open("sealed");
  await sealed.nameInput.scrollIntoViewIfNeeded();
  await sealed.login("Ada");
  await expect(sealed.happened).toContainText("What just happened: Log in");
  await expect(sealed.happened).toBeInViewport();

  await sealed.keyInput.scrollIntoViewIfNeeded();
  await sealed.put("theme", "dark");
  await expect(sealed.happened).toContainText("What just happened: Put data");
  await expect(sealed.happened).toBeInViewport();

  await sealed.replay.getByRole("button", { name: "Log out, then replay the old cookie" }).click();
  const name = sealed.replay.getByRole("group", { name: "Replay result" }).getByText(COOKIE_NAMES.sealed, { exact: true });
  await expect(name).toBeVisible();
  expect(await name.evaluate((element) => element.getClientRects().length)).toBe(1);
});

test("@responsive at 360 px the Session lesson's state diagram opens on its start, not on a blank left edge", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/lessons/session");
  const frame = page.getByRole("group", { name: "Diagram: The life of a session, from first visit to logout" });
  await frame.scrollIntoViewIfNeeded();
  const { left, spare } = await frame.evaluate((element) => ({ left: element.scrollLeft, spare: element.scrollWidth - element.clientWidth }));
  expect(spare).toBeGreaterThan(0);
  // Mermaid puts the first state above the middle: the frame opens scrolled to it.
  expect(Math.abs(left - spare / 2)).toBeLessThanOrEqual(2);
});
