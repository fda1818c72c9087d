import { describe, expect, it } from "vitest";
import { BUDGETS, checkBudgets } from "./budget-rules";
import type { PageKind, PageWeight } from "./page-weight";

function page(kind: PageKind, path: string, patch: Partial<PageWeight> = {}): PageWeight {
  const size = { raw: 0, gzip: 0 };
  return {
    route: { label: kind, path, kind, expectStatus: kind === "not-found" ? 404 : 200 },
    status: kind === "not-found" ? 404 : 200,
    html: { raw: 12_000, gzip: 3_500 },
    jsFiles: [],
    jsFilesTotal: { raw: 466_000, gzip: 138_600 },
    inlineCode: { raw: 400, gzip: 300 },
    rscPayload: { raw: 8_000, gzip: 2_500 },
    jsTotal: { raw: 474_400, gzip: 141_400 },
    jsCode: { raw: 466_400, gzip: 138_900 },
    css: size,
    cssFiles: 1,
    images: { ...size, count: 0 },
    lazyImages: { ...size, count: 0 },
    inlineSvg: { count: 0, raw: 0 },
    lazyChunks: { count: 0, raw: 0 },
    libraries: [],
    svgDuplicates: [],
    ...patch,
  };
}

const baseline = page("baseline", "/baseline");

describe("checkBudgets", () => {
  it("passes pages within every budget", () => {
    const lesson = page("lesson", "/lessons/session", { jsCode: { raw: 0, gzip: baseline.jsCode.gzip + BUDGETS.lessonJsOverBaselineGzip } });
    expect(checkBudgets([baseline, lesson, page("not-found", "/missing")])).toEqual([]);
  });

  it("fails a lesson one byte over the JS budget, naming page and figure", () => {
    const lesson = page("lesson", "/lessons/session", { jsCode: { raw: 0, gzip: baseline.jsCode.gzip + BUDGETS.lessonJsOverBaselineGzip + 1 } });
    const [violation, ...rest] = checkBudgets([baseline, lesson]);
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({ page: "lesson (/lessons/session)", figure: "JS gzip over baseline" });
    expect(violation?.message).toContain("10.0 kB gzip of JavaScript above the baseline");
  });

  it("does not hold other pages to the lesson budgets", () => {
    const glossary = page("glossary", "/glossary", { html: { raw: 0, gzip: 90_000 }, jsCode: { raw: 0, gzip: 300_000 } });
    expect(checkBudgets([baseline, glossary])).toEqual([]);
  });

  it("fails lesson HTML over 40 kB gzip", () => {
    expect(BUDGETS.lessonHtmlGzip).toBe(40_000);
    const lesson = page("lesson", "/lessons/session", { html: { raw: 0, gzip: BUDGETS.lessonHtmlGzip + 1 } });
    expect(checkBudgets([baseline, lesson]).map((v) => v.figure)).toEqual(["HTML gzip"]);
  });

  it("holds a quiz page to the lesson budgets, HTML and JavaScript", () => {
    const within = page("quiz", "/lessons/session/quiz", {
      html: { raw: 0, gzip: BUDGETS.lessonHtmlGzip },
      jsCode: { raw: 0, gzip: baseline.jsCode.gzip + BUDGETS.lessonJsOverBaselineGzip },
    });
    expect(checkBudgets([baseline, within])).toEqual([]);
    const over = page("quiz", "/lessons/session/quiz", {
      html: { raw: 0, gzip: BUDGETS.lessonHtmlGzip + 1 },
      jsCode: { raw: 0, gzip: baseline.jsCode.gzip + BUDGETS.lessonJsOverBaselineGzip + 1 },
    });
    expect(checkBudgets([baseline, over]).map((v) => `${v.page}: ${v.figure}`)).toEqual([
      "quiz (/lessons/session/quiz): JS gzip over baseline",
      "quiz (/lessons/session/quiz): HTML gzip",
    ]);
  });

  it("fails any page that ships Mermaid or Shiki, and any diagram sent twice", () => {
    const home = page("home", "/", { libraries: [{ library: "mermaid", files: ["/a.js", "/b.js", "/c.js", "/d.js"], signatures: ["mermaidAPI", "securityLevel"] }] });
    const term = page("term", "/glossary/jwt", { svgDuplicates: [{ label: "login", bytes: 30_000, where: "html-and-rsc" }] });
    const found = checkBudgets([baseline, home, term]);
    expect(found.map((v) => `${v.page}: ${v.figure}`)).toEqual(["home (/): mermaid in browser JS", "term (/glossary/jwt): SVG sent twice"]);
    expect(found[0]?.message).toContain("/a.js, /b.js, /c.js and 1 more files");
  });

  it("fails when the baseline is missing, and when a page answers the wrong status", () => {
    const lesson = page("lesson", "/lessons/session", { status: 500 });
    expect(checkBudgets([lesson]).map((v) => `${v.page}: ${v.figure}`)).toEqual(["/baseline: status", "lesson (/lessons/session): status"]);
  });
});
