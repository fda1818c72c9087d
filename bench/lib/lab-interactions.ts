import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../tools/chromium";
import type { LabScenario } from "./lab-scenario";
import { CPU_THROTTLE } from "./main-thread";
import { ROOT } from "./next-server";
import { median } from "./stats";

/** The lesson bar: every lab interaction's event duration under this, at 4x CPU throttling. */
export const LAB_INTERACTION_GOAL_MS = 100;
export const LAB_INTERACTION_ROUNDS = 3;

export type LabInteractionRow = {
  slug: string;
  interaction: string;
  /** Longest event duration (Event Timing, interactions only) of each round, in ms; null when no entry was seen. */
  durationsMs: (number | null)[];
  medianMs: number | null;
  maxMs: number | null;
  error?: string;
};

const LAB_DIR = path.join(ROOT, "bench/labs");

/** Every lab's scenario, from bench/labs/*.ts (one file per lesson lab, default-exporting a LabScenario). */
export async function loadLabScenarios(): Promise<LabScenario[]> {
  let files: string[];
  try {
    files = readdirSync(LAB_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort();
  } catch {
    return [];
  }
  const scenarios: LabScenario[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(LAB_DIR, file)).href)) as { default: LabScenario };
    scenarios.push(mod.default);
  }
  return scenarios;
}

declare global {
  interface Window {
    __labEvents?: { duration: number; interactionId: number }[];
  }
}

/**
 * Records Event Timing entries the way INP does: only entries that belong to an interaction
 * (interactionId > 0), with the lowest threshold Chromium allows, so short events are seen too.
 */
async function observeEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__labEvents = [];
    new PerformanceObserver((list) => {
      // interactionId is in Chromium's Event Timing but not yet in TypeScript's DOM types.
      for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId: number })[]) {
        if (entry.interactionId > 0) window.__labEvents!.push({ duration: entry.duration, interactionId: entry.interactionId });
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
}

/**
 * Event Timing reports an entry only when its duration reaches the threshold (16 ms), so "no entry" means the
 * interaction took under 16 ms. Entries arrive after the next paint: wait for two animation frames first.
 */
async function longestEventSince(page: Page, mark: number): Promise<number | null> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
  const events = await page.evaluate((from) => (window.__labEvents ?? []).slice(from), mark);
  return events.length === 0 ? null : Math.max(...events.map((e) => Math.round(e.duration)));
}

async function measureScenario(browser: Browser, baseUrl: string, scenario: LabScenario, log: (m: string) => void): Promise<LabInteractionRow[]> {
  const perInteraction = new Map<string, { durations: (number | null)[]; error?: string }>(scenario.interactions.map((i) => [i.name, { durations: [] }]));
  for (let round = 1; round <= LAB_INTERACTION_ROUNDS; round += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await observeEvents(page);
      await page.goto(`${baseUrl}/lessons/${scenario.slug}${scenario.urlSuffix ?? ""}`, { waitUntil: "load", timeout: 120_000 });
      await scenario.ready(page);
      // Throttle only the interactions: loading the lab is measured by the main-thread section.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
      for (const interaction of scenario.interactions) {
        const entry = perInteraction.get(interaction.name)!;
        log(`lab ${scenario.slug}: ${interaction.name} (run ${round}/${LAB_INTERACTION_ROUNDS})`);
        try {
          const mark = await page.evaluate(() => window.__labEvents?.length ?? 0);
          await interaction.run(page);
          const longest = await longestEventSince(page, mark);
          // Under the 16 ms threshold Chromium reports nothing: count it as under 16 ms.
          entry.durations.push(longest ?? 16);
        } catch (error) {
          entry.error = error instanceof Error ? error.message.split("\n")[0] : String(error);
          entry.durations.push(null);
        }
      }
    } finally {
      await context.close();
    }
  }
  return scenario.interactions.map((interaction) => {
    const entry = perInteraction.get(interaction.name)!;
    const seen = entry.durations.filter((d): d is number => d !== null);
    return {
      slug: scenario.slug,
      interaction: interaction.name,
      durationsMs: entry.durations,
      medianMs: seen.length ? median(seen) : null,
      maxMs: seen.length ? Math.max(...seen) : null,
      ...(entry.error ? { error: entry.error } : {}),
    };
  });
}

/** Every lab interaction's event duration at 4x CPU throttling, three fresh page loads each. */
export async function measureLabInteractions(baseUrl: string, log: (m: string) => void, only?: string[]): Promise<LabInteractionRow[]> {
  const scenarios = (await loadLabScenarios()).filter((s) => !only?.length || only.includes(s.slug));
  if (scenarios.length === 0) return [];
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const rows: LabInteractionRow[] = [];
  try {
    for (const scenario of scenarios) rows.push(...(await measureScenario(browser, baseUrl, scenario, log)));
  } finally {
    await browser.close();
  }
  return rows;
}

/** "<16" when Chromium reported no entry (it reports from 16 ms up). */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  return ms <= 16 ? "<16" : String(ms);
}

export function labInteractionTable(rows: LabInteractionRow[]): string {
  if (rows.length === 0) return "No lab scenarios in bench/labs/.";
  const lines = [
    `| Lesson | Interaction | Median (ms) | Max (ms) | Runs (ms) | Under ${LAB_INTERACTION_GOAL_MS} ms |`,
    "| --- | --- | ---: | ---: | --- | --- |",
    ...rows.map((r) =>
      [
        "",
        r.slug,
        r.interaction,
        formatDuration(r.medianMs),
        formatDuration(r.maxMs),
        r.durationsMs.map(formatDuration).join(", ") + (r.error ? ` (error: ${r.error})` : ""),
        r.maxMs === null ? "not measured" : r.maxMs < LAB_INTERACTION_GOAL_MS ? "yes" : "**no**",
        "",
      ].join(" | ").trim(),
    ),
  ];
  return lines.join("\n");
}
