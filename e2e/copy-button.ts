import { expect, type Locator } from "@playwright/test";

/**
 * Clicks a copy button and resolves once it has said "Copied". The label goes back after 2 s, which a busy
 * machine can let pass before an assertion first looks at it, so an observer set up before the click records it.
 */
export async function clickCopy(button: Locator): Promise<void> {
  const seen = await button.evaluateHandle((element) => {
    const record = { copied: false };
    new MutationObserver(() => {
      if (element.textContent?.includes("Copied")) record.copied = true;
    }).observe(element, { subtree: true, childList: true, characterData: true });
    return record;
  });
  await button.click();
  await expect.poll(() => seen.evaluate((record) => record.copied)).toBe(true);
}
