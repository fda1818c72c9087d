import { expect, test } from "./fixtures";

test("decodes and verifies the preset, then refuses alg none, all by keyboard", async ({ debuggerPage: lab, page }) => {
  await lab.open();
  await expect(lab.lab.getByText("✓ Valid")).toBeVisible();
  await expect(lab.lab.getByRole("table", { name: "Claims (payload)" })).toContainText("Expiration time");
  // Replace the token by typing: the RFC 7515 A.5 unsecured token.
  await lab.token.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.");
  await expect(lab.lab.getByText("(edited since: press Verify again)")).toBeVisible();
  await lab.press(lab.verify);
  await expect(lab.lab.getByText("✗ Refused at the algorithm check")).toBeVisible();
  await expect(lab.status).toContainText('alg is "none"');
});

test("a token typed and verified at once is the token verified, however late the field hands it on", async ({ debuggerPage: lab }) => {
  await lab.open();
  await expect(lab.lab.getByText("✓ Valid")).toBeVisible();
  const verify = await lab.verify.elementHandle();
  // All in one task, so no frame is drawn in between: the field hands typed text to the lab only after the next
  // paint, and a busy machine once let a keyboard press of Verify run first (the test above, under load). Between
  // the steps, the microtasks run (React renders in them), as they would between two separate events.
  await lab.token.evaluate(
    async (field, [text, button]) => {
      const microtasks = async () => {
        for (let i = 0; i < 10; i += 1) await Promise.resolve();
      };
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
      (field as HTMLTextAreaElement).focus();
      setValue.call(field, text);
      field.dispatchEvent(new Event("input", { bubbles: true }));
      await microtasks();
      (button as HTMLButtonElement).focus();
      await microtasks();
      (button as HTMLButtonElement).click();
    },
    ["eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UifQ.", verify] as const,
  );
  await expect(lab.lab.getByText("✗ Refused at the algorithm check")).toBeVisible();
  await expect(lab.status).toContainText('alg is "none"');
});

test("an example picked from the keyboard loads its token and key, and is verified", async ({ debuggerPage: lab, page }) => {
  await lab.open();
  const examples = lab.lab.getByRole("combobox", { name: "Example token" });
  await examples.focus();
  await page.keyboard.press("End");
  await expect(examples).toHaveValue("rfc7520-jwks");
  await expect(lab.key).toHaveValue(/"kid": "bilbo\.baggins@hobbiton\.example"/);
  // RFC 7520's payload is a quotation: the signature checks out with the JWKS key its kid names, the claims cannot.
  await expect(lab.status).toContainText("The signature is valid, but the payload is not a JSON claims set");
});

test("bad input gets a precise message at the field", async ({ debuggerPage: lab }) => {
  await lab.open();
  await lab.token.fill("abc.def");
  await expect(lab.token).toHaveAttribute("aria-invalid", "true");
  await expect(lab.lab.getByText(/this has 2 parts \(1 dot\)/)).toBeVisible();
  await lab.token.fill("e+J.e30.x");
  await expect(lab.lab.getByText(/not a base64url character — that is plain base64/)).toBeVisible();
});

test("an attack is accepted by the naive verifier and refused by the sandbox, with its reason", async ({ debuggerPage: lab }) => {
  await lab.open();
  await lab.press(lab.attackButton("alg: none"));
  await expect(lab.lab.getByText("Naive verifier (teaching only): ACCEPTED ✗")).toBeVisible();
  await expect(lab.lab.getByText("REFUSED ✓ (wrong-alg)", { exact: false })).toBeVisible();
  await lab.press(lab.attackButton("kid injection"));
  await expect(lab.lab.getByText(/REFUSED ✓ \(unknown-key\)/)).toBeVisible();
  await expect(lab.page).toHaveURL(/t%3Akid-injection|t:kid-injection/);
});

test("opens the sandbox's own JWT and asks the sandbox to verify it", async ({ debuggerPage: lab }) => {
  await lab.open();
  await lab.press(lab.lab.getByRole("button", { name: "Open the sandbox's own JWT" }));
  await expect(lab.token).toHaveValue(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
  await expect(lab.lab.getByRole("table", { name: "Claims (payload)" })).toContainText("session-lab-sandbox");
  await lab.press(lab.lab.getByRole("button", { name: "Ask the sandbox to verify it" }));
  await expect(lab.status).toContainText(/^The sandbox accepts it/);
});

test("privacy: typed tokens, secrets and keys never leave the browser", async ({ debuggerPage: lab, page }) => {
  const sent: string[] = [];
  page.on("request", (request) => {
    sent.push([request.url(), request.postData() ?? "", JSON.stringify(request.headers())].join("\n"));
  });
  await lab.open();
  const secret = "my-private-secret-7f3a9c1e5b";
  // Sign a token with a typed secret, open it in the decoder, verify, lint it against the word list.
  const sign = lab.lab.getByRole("region", { name: "4. Encode and sign" });
  await sign.getByRole("combobox", { name: "Algorithm" }).selectOption("HS256");
  await sign.getByRole("textbox", { name: /^Secret/ }).fill(secret);
  await lab.press(sign.getByRole("button", { name: "Sign", exact: true }));
  await lab.press(sign.getByRole("button", { name: /Open it in the decoder, with its secret/ }));
  await expect(lab.lab.getByText("✓ Valid")).toBeVisible();
  await expect(lab.status).toContainText("the 28-byte secret");
  const signedToken = await lab.token.inputValue();
  await lab.press(lab.lab.getByRole("button", { name: /common secrets on this token/ }));
  await expect(lab.status).toContainText(/None of the \d+ common secrets/);
  // An ES256 key pair made in the browser: its private part must not travel either.
  await sign.getByRole("combobox", { name: "Algorithm" }).selectOption("ES256");
  await lab.press(sign.getByRole("button", { name: /Generate a ES256 key pair/ }));
  await expect(sign.getByText("Public key (JWK and PEM)")).toBeVisible();
  await lab.press(sign.getByRole("button", { name: "Sign", exact: true }));
  await lab.press(sign.getByRole("button", { name: /Open it in the decoder, with its public key/ }));
  await expect(lab.status).toContainText("Verified: valid ES256 signature");
  const esToken = await lab.token.inputValue();
  // One attack on purpose: only its token may leave.
  await lab.press(lab.attackButton("Weak HMAC secret"));
  await expect(lab.lab.getByText(/REFUSED ✓/)).toBeVisible();
  const secrets = [secret, signedToken, signedToken.split(".")[2]!, esToken, esToken.split(".")[2]!];
  for (const value of secrets) {
    const leaks = sent.filter((entry) => entry.includes(value) || entry.includes(encodeURIComponent(value)));
    expect(leaks, `a request carried ${value.slice(0, 20)}…`).toEqual([]);
  }
  expect(sent.some((entry) => entry.includes("/api/sandbox/jwt/check"))).toBe(true);
});

test("without JavaScript, the worked example shows the model's result", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/lessons/jwt-sessions");
  const lab = page.getByRole("region", { name: "Lab: JWT debugger" });
  await expect(lab.getByText("Worked example: a shop's HS256 session token")).toBeVisible();
  await expect(lab.getByRole("table", { name: /The attacks/ })).toContainText("RS256 → HS256 confusion");
  await expect(lab.getByText(/valid HS256 signature/)).toBeVisible();
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`fits 360 px and 1440 px, and axe finds nothing (${colorScheme}) @responsive`, async ({ debuggerPage: lab, page, axeViolations }) => {
    await page.emulateMedia({ colorScheme });
    await lab.open();
    await lab.press(lab.attackButton("Embedded jwk header"));
    await expect(lab.lab.getByText(/REFUSED ✓/)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(await axeViolations(["#lab-jwt-debugger"])).toEqual([]);
    if ((page.viewportSize()?.width ?? 0) > 1000) {
      await page.setViewportSize({ width: 1440, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
    }
  });
}
