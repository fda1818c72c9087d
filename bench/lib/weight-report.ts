import { BUDGETS, LESSON_BUDGET_KINDS, type Violation } from "./budget-rules";
import { markdownTable } from "./markdown";
import type { PageWeight } from "./page-weight";
import { kB, signedKB } from "./sizes";

const R = "r" as const;

/** The page-weight table: each route's figures and its difference from the baseline page. */
export function weightTable(pages: PageWeight[]): string {
  const base = pages.find((p) => p.route.kind === "baseline");
  const delta = (value: number, pick: (p: PageWeight) => number) => (base ? signedKB(value - pick(base)) : "–");
  const rows = pages.map((p) => [
    `${p.route.label} \`${p.route.path}\``,
    p.status,
    `${kB(p.html.raw)} / ${kB(p.html.gzip)}`,
    p.route.kind === "baseline" ? "—" : delta(p.html.gzip, (b) => b.html.gzip),
    `${p.jsFiles.length}: ${kB(p.jsFilesTotal.raw)} / ${kB(p.jsFilesTotal.gzip)}`,
    `${kB(p.inlineCode.raw)} / ${kB(p.inlineCode.gzip)}`,
    `${kB(p.rscPayload.raw)} / ${kB(p.rscPayload.gzip)}`,
    `${kB(p.jsTotal.raw)} / ${kB(p.jsTotal.gzip)}`,
    p.route.kind === "baseline" ? "—" : `${delta(p.jsCode.gzip, (b) => b.jsCode.gzip)} / ${delta(p.jsTotal.gzip, (b) => b.jsTotal.gzip)}`,
    `${p.cssFiles}: ${kB(p.css.raw)} / ${kB(p.css.gzip)}`,
    `${p.images.count}: ${kB(p.images.raw)} / ${kB(p.images.gzip)}${p.lazyImages.count ? ` (+${p.lazyImages.count} lazy: ${kB(p.lazyImages.raw)} / ${kB(p.lazyImages.gzip)})` : ""}`,
    `${p.inlineSvg.count}: ${kB(p.inlineSvg.raw)}`,
    p.lazyChunks.count === 0 ? "0" : `${p.lazyChunks.count}: ${kB(p.lazyChunks.raw)}`,
  ]);
  return markdownTable(
    [
      "Route",
      "Status",
      "HTML raw / gz",
      "Δ HTML gz",
      "JS files: raw / gz",
      "Inline code raw / gz",
      "RSC payload raw / gz",
      "JS total raw / gz",
      "Δ JS gz: code / total",
      "CSS files: raw / gz",
      "Images: raw / gz",
      "Inline SVG: raw",
      "Lazy chunks: raw",
    ],
    rows,
    ["l", R, R, R, R, R, R, R, R, R, R, R, R],
  );
}

/** One line per deterministic budget and page: the figure, the limit, pass or fail. */
export function budgetTable(pages: PageWeight[], violations: Violation[]): string {
  const base = pages.find((p) => p.route.kind === "baseline");
  const rows: string[][] = [];
  for (const p of pages) {
    const name = `${p.route.label} (${p.route.path})`;
    const failed = (figure: string) => violations.some((v) => v.page === name && v.figure.includes(figure));
    const mark = (bad: boolean) => (bad ? "FAIL" : "ok");
    if (LESSON_BUDGET_KINDS.includes(p.route.kind)) {
      const over = base ? p.jsCode.gzip - base.jsCode.gzip : NaN;
      rows.push([name, "JS code gz over baseline", `${signedKB(over)} kB`, `≤ ${kB(BUDGETS.lessonJsOverBaselineGzip)} kB`, mark(failed("JS gzip"))]);
      rows.push([name, "HTML gz", `${kB(p.html.gzip)} kB`, `≤ ${kB(BUDGETS.lessonHtmlGzip)} kB`, mark(failed("HTML gzip"))]);
    }
    const libs = p.libraries.map((l) => l.library).join(", ") || "none";
    rows.push([name, "Mermaid / Shiki in browser JS", libs, "none", mark(p.libraries.length > 0)]);
    rows.push([name, "diagram SVGs sent twice", String(p.svgDuplicates.length), "0", mark(p.svgDuplicates.length > 0)]);
  }
  return markdownTable(["Page", "Figure", "Measured", "Budget", "Result"], rows, ["l", "l", R, R, "l"]);
}
