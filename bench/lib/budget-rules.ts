import { describeDuplicate } from "./svg-duplicates";
import type { PageKind, PageWeight } from "./page-weight";
import { kB } from "./sizes";

/**
 * The deterministic budgets of issue 4; bytes, 1 kB = 1000 B. They hold for every lesson and, since
 * each lesson's quiz moved to its own page (issue 16), for every quiz page too.
 */
export const BUDGETS = {
  /** A lesson's (or quiz page's) JavaScript code (gzip) above the baseline page's. */
  lessonJsOverBaselineGzip: 10_000,
  /**
   * A lesson's (or quiz page's) whole HTML document, gzip. Raised to 48 kB after issue 9 (the Session
   * lesson measured 47.9 kB, about 12 kB of it the quiz); back to 40 kB once the quiz moved to
   * /lessons/[slug]/quiz. Figures in bench/FINDINGS.md.
   */
  lessonHtmlGzip: 40_000,
} as const;

/** The pages held to the lesson budgets. */
export const LESSON_BUDGET_KINDS: readonly PageKind[] = ["lesson", "quiz"];

export type Violation = { page: string; figure: string; message: string };

function listFiles(files: string[]): string {
  return files.length <= 3 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more files`;
}

/** Every budget a set of measured pages breaks, each naming the page and the figure. */
export function checkBudgets(pages: PageWeight[]): Violation[] {
  const violations: Violation[] = [];
  const baseline = pages.find((p) => p.route.kind === "baseline");
  if (!baseline || baseline.status !== 200) {
    violations.push({
      page: baseline?.route.path ?? "/baseline",
      figure: "status",
      message: `the baseline page answered ${baseline?.status ?? "nothing"}; lesson JavaScript cannot be compared without it`,
    });
  }

  for (const page of pages) {
    const name = `${page.route.label} (${page.route.path})`;
    if (page.status !== page.route.expectStatus) {
      violations.push({ page: name, figure: "status", message: `answered ${page.status}, expected ${page.route.expectStatus}` });
      continue;
    }
    for (const hit of page.libraries) {
      violations.push({
        page: name,
        figure: `${hit.library} in browser JS`,
        message: `ships ${hit.library} code to the browser (${hit.signatures.join(", ")} found in ${listFiles(hit.files)}); render it at build time`,
      });
    }
    for (const duplicate of page.svgDuplicates) {
      violations.push({ page: name, figure: "SVG sent twice", message: describeDuplicate(duplicate) });
    }
    if (!LESSON_BUDGET_KINDS.includes(page.route.kind)) continue;
    if (baseline && baseline.status === 200) {
      const over = page.jsCode.gzip - baseline.jsCode.gzip;
      if (over > BUDGETS.lessonJsOverBaselineGzip) {
        violations.push({
          page: name,
          figure: "JS gzip over baseline",
          message: `loads ${kB(over)} kB gzip of JavaScript above the baseline page (budget ${kB(BUDGETS.lessonJsOverBaselineGzip)} kB)`,
        });
      }
    }
    if (page.html.gzip > BUDGETS.lessonHtmlGzip) {
      violations.push({
        page: name,
        figure: "HTML gzip",
        message: `HTML is ${kB(page.html.gzip)} kB gzip (budget ${kB(BUDGETS.lessonHtmlGzip)} kB)`,
      });
    }
  }
  return violations;
}
