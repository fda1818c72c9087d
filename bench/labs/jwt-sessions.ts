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
        await page.getByRole("textbox", { name: /^Token/ }).focus();
        await page.keyboard.press("End");
        await page.keyboard.type("x");
      },
    },
    {
      name: "load an example token (RFC 7520 §4.1 with a JWKS)",
      run: async (page) => {
        await page.getByRole("combobox", { name: "Example token" }).selectOption("rfc7520-jwks");
      },
    },
    {
      name: "press Verify",
      run: async (page) => {
        await page.getByRole("button", { name: "Verify signature and claims" }).click();
      },
    },
    {
      name: "toggle an allowed algorithm",
      run: async (page) => {
        await page.getByRole("checkbox", { name: "ES256", exact: true }).click();
      },
    },
    {
      name: "run the alg: none attack",
      run: async (page) => {
        await page.getByRole("group", { name: "Attacks" }).getByRole("button", { name: "alg: none", exact: true }).click();
      },
    },
    {
      name: "generate an ES256 key pair",
      run: async (page) => {
        await page.getByRole("button", { name: /Generate a ES256 key pair/ }).click();
      },
    },
  ],
};

export default scenario;
