import { expect, test } from "./fixtures";

// Each test drives the sandbox through several server round trips: three times the default budget.
test.describe.configure({ timeout: 180_000 });

for (const kind of ["sealed", "jwt"] as const) {
  test(`replay after logout (${kind}): accepted until expiry, refused once the revocation fix is on`, async ({ sandbox }) => {
    const panel = await sandbox.open(kind);
    await panel.login("Eve");
    await panel.replay.getByRole("button", { name: "Log out, then replay the old cookie" }).click();
    const result = panel.replay.getByRole("group", { name: "Replay result" });
    await expect(result).toContainText("Still accepted after logout as “Eve”");
    await expect(result).toContainText("revocation check off");
    await expect(panel.panel.getByText("No session", { exact: true })).toBeVisible();

    await panel.replay.getByRole("checkbox", { name: /Turn on the fix/ }).check();
    await panel.replay.getByRole("button", { name: "Replay the cookie from before logout" }).click();
    await expect(result).toContainText("revocation check on");
    await expect(result).toContainText("Refused");
    await expect(result).toContainText("reason: revoked");
  });
}

test("replay after logout (server-side): the old cookie is dead at once", async ({ sandbox }) => {
  const panel = await sandbox.open("server");
  await panel.login("Eve");
  await panel.replay.getByRole("button", { name: "Log out, then replay the old cookie" }).click();
  const result = panel.replay.getByRole("group", { name: "Replay result" });
  await expect(result).toContainText("Refused");
  await expect(result).toContainText(/reason: (unknown-id|revoked)/);
  await expect(panel.replay.getByRole("checkbox")).toHaveCount(0);
});

test("replay with no saved copy explains what to do first", async ({ sandbox }) => {
  const panel = await sandbox.open("jwt");
  await panel.replay.getByRole("button", { name: "Replay the cookie from before logout" }).click();
  await expect(panel.alert(panel.replay)).toContainText("404");
});

test("fixation: the vulnerable mode hands the attacker your session; regeneration makes the planted ID useless", async ({ sandbox }) => {
  const panel = await sandbox.open("server");
  const lab = panel.fixation;
  await expect(lab.getByText("deliberately unsafe")).toBeVisible();
  await expect(lab).toContainText("Exists only inside this sandbox");

  await lab.getByRole("radio", { name: /Vulnerable/ }).check();
  await lab.getByLabel("You log in as").fill("Victor");
  await lab.getByRole("button", { name: "Run the attack" }).click();
  const steps = lab.getByRole("list", { name: "Attack steps" }).getByRole("listitem");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(1)).toContainText("(the same: the attacker knows it)");
  await expect(steps.nth(2)).toContainText("The attacker is logged in as “Victor”");

  await lab.getByRole("radio", { name: /Fixed/ }).check();
  await lab.getByRole("button", { name: "Run the attack" }).click();
  await expect(steps.nth(1)).toContainText("(different: the planted one is useless)");
  await expect(steps.nth(2)).toContainText("The attacker gets no session.");
  // The learner is logged in with the fresh ID.
  await expect(panel.panel.getByText("Logged in as Victor", { exact: true })).toBeVisible();
});

for (const kind of ["sealed", "jwt"] as const) {
  test(`over the 4096-byte limit (${kind}): a clear 413, and the previous data stays`, async ({ sandbox }) => {
    const panel = await sandbox.open(kind);
    await panel.login("Bill");
    const add = panel.size.getByRole("button", { name: "Add 1,000 characters of data" });
    const refused = panel.alert(panel.size).filter({ hasText: "413" });
    // Each 1,000 characters cost more than 1,000 cookie bytes, so the limit falls within 5 clicks.
    let overAt = 0;
    for (let n = 1; n <= 5 && overAt === 0; n += 1) {
      await add.click();
      await expect(panel.dataRow(`pad${n}`).or(refused)).toBeVisible();
      if (await refused.isVisible()) overAt = n;
    }
    expect(overAt).toBeGreaterThanOrEqual(3);
    await expect(refused).toContainText("Nothing you had was lost");
    for (let n = 1; n < overAt; n += 1) await expect(panel.dataRow(`pad${n}`)).toBeVisible();
    await expect(panel.dataRow(`pad${overAt}`)).toHaveCount(0);
    await expect(panel.size).toContainText(/of 4,096 bytes/);
    await panel.readBackButton.click();
    await expect(panel.happened).toContainText("Read back");
    await expect(panel.dataRow(`pad${overAt - 1}`)).toBeVisible();
  });
}

test("the server-side cookie does not grow with the data", async ({ sandbox }) => {
  const panel = await sandbox.open("server");
  await panel.login("Bill");
  const before = await panel.size.getByText(/of 4,096 bytes/).textContent();
  await panel.size.getByRole("button", { name: "Add 1,000 characters of data" }).click();
  await expect(panel.dataRow("pad1")).toBeVisible();
  await expect(panel.size.getByText(/of 4,096 bytes/)).toHaveText(before ?? "");
});

test("your sessions (server-side): sign out everywhere else, and the other device's next request is refused", async ({ sandbox }) => {
  const panel = await sandbox.open("server");
  const lab = panel.devices;
  const add = lab.getByRole("button", { name: "Log in on another device" });
  // Without a session the action says why it cannot run, and does nothing.
  await expect(add).toHaveAttribute("aria-disabled", "true");
  await expect(add).toHaveAccessibleDescription(/Log in first/);

  await panel.login("Ada");
  await add.click();
  const sessions = lab.getByRole("table", { name: "Your sessions" });
  const laptop = sessions.getByRole("row", { name: /Laptop/ });
  await expect(laptop).toContainText("signed in as Ada");
  await laptop.getByRole("button", { name: "Send a request from the Laptop" }).click();
  await expect(lab).toContainText("answered as Ada");

  await lab.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(lab).toContainText("Deleted 1 other session of Ada");
  await expect(laptop).toContainText("signed out (unknown-id)");
  await expect(sessions.getByRole("row", { name: /This browser/ })).toContainText("signed in as Ada");

  await laptop.getByRole("button", { name: "Send a request from the Laptop" }).click();
  await expect(lab).toContainText("the store no longer has that ID");
  await expect(panel.panel.getByText("Logged in as Ada", { exact: true })).toBeVisible();
});

for (const kind of ["sealed", "jwt"] as const) {
  test(`your sessions (${kind}): says why a token kind cannot sign out other devices without server state`, async ({ sandbox }) => {
    const panel = await sandbox.open(kind);
    await expect(panel.devices).toContainText("cannot list your sessions");
    await expect(panel.devices).toContainText("version number per user");
    await expect(panel.devices.getByRole("button")).toHaveCount(0);
  });
}
