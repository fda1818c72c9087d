import { click, press } from "../lib/lab-input";
import type { LabScenario } from "../lib/lab-scenario";

/**
 * The JWT debugger's interactions, replayed by the bench at 4x CPU throttling. Crypto is async (WebCrypto),
 * so each interaction's event duration covers the click or key press and the render it causes, as INP does.
 */
const scenario: LabScenario = {
  slug: "jwt-sessions",
  urlSuffix: "?jwt-debugger=#lab-jwt-debugger",
  ready: async (page) => {
    await page.getByRole("heading", { name: "1. Decode" }).waitFor();
    await page.getByText(/^✓ Valid|^✗ Refused/).first().waitFor();
  },
  interactions: [
    {
      name: "type a character into the token",
      run: async (page) => {
        await press(page.getByRole("textbox", { name: /^Token/ }), "End");
        await page.keyboard.type("x");
      },
    },
    {
      name: "load an example token (RFC 7520 §4.1 with a JWKS)",
      run: async (page) => {
        // A key on the closed list, as a keyboard user picks an option (End: the last, RFC 7520 §4.1). Playwright's
        // selectOption dispatches untrusted events, which Event Timing does not report: it always read "<16".
        const examples = page.getByRole("combobox", { name: "Example token" });
        await press(examples, "End");
        await examples.filter({ has: page.locator('option[value="rfc7520-jwks"]:checked') }).waitFor({ timeout: 10_000 });
      },
    },
    {
      name: "press Verify",
      run: async (page) => {
        await click(page.getByRole("button", { name: "Verify signature and claims" }));
      },
    },
    {
      name: "toggle an allowed algorithm",
      run: async (page) => {
        await click(page.getByRole("checkbox", { name: "ES256", exact: true }));
      },
    },
    {
      name: "run the alg: none attack",
      run: async (page) => {
        await click(page.getByRole("group", { name: "Attacks" }).getByRole("button", { name: "alg: none", exact: true }));
      },
    },
    {
      name: "generate an ES256 key pair",
      run: async (page) => {
        await click(page.getByRole("button", { name: /Generate a ES256 key pair/ }));
      },
    },
  ],
};

export default scenario;
