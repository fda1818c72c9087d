import type { Locator, Page } from "playwright-core";

/**
 * Input for the lab scenarios, sent the way a person's pointer and keyboard send it: trusted events from the
 * browser (CDP), with nothing of the test tool's running in the page while the lab handles them.
 *
 * Playwright's own `click()` and `press()` check actionability inside the event: they install a hit-target
 * listener in the page for the pointer events, and `click()` moves the pointer onto the control in the same
 * breath as pressing it, so the control's pointerover and hover styles run just ahead of the press. At 4x that
 * added 5–18 ms of script and a frame of input delay to a click (bench/FINDINGS.md), time no learner's click
 * spends. Here every check runs before the input, and the pointer rests on the control for two frames before
 * it presses, as a hand does. The interaction Event Timing measures is then only the page's own work.
 */

/** Two animation frames: what the page has rendered by the time a pointer resting on a control presses it. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Clicks `locator` (at `position` inside its box, or its centre) with the mouse, after checking it would get the click. */
export async function click(locator: Locator, position?: { x: number; y: number }): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  if (!(await locator.isEnabled())) throw new Error(`cannot click ${locator}: it is disabled`);
  const box = await locator.boundingBox();
  if (!box) throw new Error(`cannot click ${locator}: it has no box`);
  const x = box.x + (position?.x ?? box.width / 2);
  const y = box.y + (position?.y ?? box.height / 2);
  // A raw click lands on whatever is on top: make sure that is the control (Playwright's click checks this too).
  const onTop = await locator.evaluate((element, [px, py]) => {
    const hit = document.elementFromPoint(px!, py!);
    return hit !== null && element.contains(hit);
  }, [x, y]);
  if (!onTop) throw new Error(`cannot click ${locator}: another element covers it at (${Math.round(x)}, ${Math.round(y)})`);
  const page = locator.page();
  await page.mouse.move(x, y);
  await settle(page);
  await page.mouse.down();
  await page.mouse.up();
}

/** Focuses `locator`, lets the focus render, then presses `key` (e.g. "5", "Shift+ArrowRight", "End"). */
export async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await settle(locator.page());
  await locator.page().keyboard.press(key);
}
