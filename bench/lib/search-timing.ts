import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../tools/chromium";
import { CPU_THROTTLE } from "./main-thread";
import { median } from "./stats";

/** The goal: from opening search to its first results, under this at 4x CPU throttling. */
export const SEARCH_GOAL_MS = 100;
export const SEARCH_ROUNDS = 5;

export type SearchTiming = {
  indexBytes: number;
  indexGzipBytes: number;
  /** Cold: a fresh browser context, so the index and the search code are fetched, parsed and loaded. */
  coldMs: number[];
  /**
   * Cold as above, the word entered in one input event (as a paste or an IME's commit enters it) instead of six key
   * presses: the same search from the same focus, without the keys' own editing and frames, which at 4x take about as
   * long as the goal (bench/FINDINGS.md, "Search: what the typing costs").
   */
  coldAtOnceMs: number[];
  /** Warm: the same page, search already opened once; a new query's first results. */
  warmMs: number[];
};

declare global {
  interface Window {
    __searchOpenedAt?: number;
    __searchResultsAt?: number;
  }
}

export type SearchTimingOptions = {
  /**
   * Point at the box this long before focusing it, as a learner's pointer does before the click (the box starts
   * loading search on pointerenter). Unset, as in `npm run bench:search`: focus at once, no head start.
   */
  hoverMs?: number;
  /**
   * Hold each key this long (Playwright's `delay`: key down, wait, key up, then the next key at once), as a person
   * typing does: 100 ms a key is about 120 words a minute. The first key still goes down at once. Unset, as in
   * `npm run bench:search`: each key as soon as the page has handled the last, which keeps Chromium's main thread
   * busy with input and frames until the word is typed (bench/FINDINGS.md, "Search: the cold open and the typing").
   */
  typeDelayMs?: number;
};

type Entry = "typed" | "at once";

/**
 * Opens the header's search box on the home page in a fresh context at 4x CPU and enters "cookie", typed key by key or
 * in one input event (CDP's `Input.insertText`, trusted, as a paste); resolves with the ms from the focus event that
 * opens search (which starts loading the index and MiniSearch) to the first suggestion in the DOM, and, typed, the
 * ms from a second word's first key to its suggestions with everything loaded.
 */
async function openAndSearch(
  browser: Browser,
  baseUrl: string,
  entry: Entry,
  options: SearchTimingOptions,
): Promise<{ coldMs: number; warmMs: number | null }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener("focusin", (event) => {
        if ((event.target as Element).getAttribute?.("role") === "combobox") window.__searchOpenedAt ??= event.timeStamp;
      });
      new MutationObserver(() => {
        if (window.__searchResultsAt === undefined && document.querySelector('[role="listbox"] [role="option"]')) window.__searchResultsAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(baseUrl, { waitUntil: "networkidle" });
    // Playwright compiles its helper script into the page's main world on the first waitForFunction. Done
    // here, before the clock starts: left to the wait below, that compile (66–77 ms at 4x in a trace) ran
    // inside the timed interval, ahead of the search's own tasks.
    await page.waitForFunction(() => true);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
    const box = page.getByRole("banner").getByRole("combobox", { name: "Search the course" });
    if (options.hoverMs !== undefined) {
      await box.hover();
      await page.waitForTimeout(options.hoverMs);
    }
    await box.focus();
    if (entry === "typed") await page.keyboard.type("cookie", { delay: options.typeDelayMs });
    else await cdp.send("Input.insertText", { text: "cookie" });
    await page.waitForFunction(() => window.__searchResultsAt !== undefined, null, { timeout: 30_000 });
    const coldMs = await page.evaluate(() => window.__searchResultsAt! - window.__searchOpenedAt!);
    if (entry !== "typed") return { coldMs, warmMs: null };

    // Warm: clear, then time a new word from its first key press to its first suggestion.
    await box.fill("");
    await page.evaluate(() => {
      window.__searchResultsAt = undefined;
      window.__searchOpenedAt = undefined;
      document.addEventListener("keydown", (event) => (window.__searchOpenedAt ??= event.timeStamp), { once: true });
    });
    await page.keyboard.type("sticky");
    await page.waitForFunction(() => window.__searchResultsAt !== undefined, null, { timeout: 30_000 });
    return { coldMs, warmMs: await page.evaluate(() => window.__searchResultsAt! - window.__searchOpenedAt!) };
  } finally {
    await context.close();
  }
}

/** Each round: a cold open with the word typed (then a warm word), and a cold open with the word entered at once. */
export async function measureSearch(baseUrl: string, log: (m: string) => void, rounds = SEARCH_ROUNDS, options: SearchTimingOptions = {}): Promise<SearchTiming> {
  const index = await (await fetch(`${baseUrl}/search-index.json`)).arrayBuffer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const timing: SearchTiming = { indexBytes: index.byteLength, indexGzipBytes: gzipSync(Buffer.from(index)).length, coldMs: [], coldAtOnceMs: [], warmMs: [] };
  try {
    for (let round = 1; round <= rounds; round += 1) {
      log(`search (round ${round}/${rounds})`);
      const typed = await openAndSearch(browser, baseUrl, "typed", options);
      timing.coldMs.push(typed.coldMs);
      timing.warmMs.push(typed.warmMs!);
      timing.coldAtOnceMs.push((await openAndSearch(browser, baseUrl, "at once", options)).coldMs);
    }
  } finally {
    await browser.close();
  }
  return timing;
}

export function searchTimingTable(timing: SearchTiming): string {
  const row = (name: string, runs: number[]) => {
    const m = median(runs);
    return `| ${name} | ${Math.round(m)} | ${Math.round(Math.max(...runs))} | ${runs.map((r) => Math.round(r)).join(", ")} | ${m < SEARCH_GOAL_MS ? "yes" : "**no**"} |`;
  };
  return [
    `Index: ${(timing.indexBytes / 1024).toFixed(1)} kB (${(timing.indexGzipBytes / 1024).toFixed(1)} kB gzip), fetched only when search opens.`,
    "",
    `| Search at ${CPU_THROTTLE}x CPU | Median (ms) | Max (ms) | Runs (ms) | Under ${SEARCH_GOAL_MS} ms |`,
    "| --- | ---: | ---: | --- | --- |",
    row("open search, type a word: first results (cold: fetch and load the index)", timing.coldMs),
    row("open search, enter the word at once, as a paste: first results (cold)", timing.coldAtOnceMs),
    row("type another word: first results (index loaded)", timing.warmMs),
  ].join("\n");
}
