import { describe, expect, it } from "vitest";
import { findDuplicatedSvgs, isDiagramSvg, svgFingerprints } from "./svg-duplicates";
import { diagramSvg, nextPage } from "./test-fixtures";

const svg = diagramSvg("mermaid-login");
const other = diagramSvg("mermaid-store");
const icon = '<svg aria-hidden="true" viewBox="0 0 20 20"><path d="M7.6 13.2 4.4 10l-1.4 1.4 4.6 4.6L17 6.6l-1.4-1.4z"/></svg>';

/** How React Flight serialises an element whose markup came through dangerouslySetInnerHTML. */
const innerHtmlRow = (markup: string) =>
  `7:["$","figure",null,{"children":["$","div",null,{"dangerouslySetInnerHTML":{"__html":${JSON.stringify(markup)}}}]}]\n`;

/** How it serialises an SVG written as JSX elements: props, not markup. */
function elementRow(id: string): string {
  const [, d] = diagramSvg(id).match(/ d="([^"]+)"/) ?? [];
  return `8:["$","svg",null,{"id":"${id}","viewBox":"0 0 400 300","children":[["$","path",null,{"d":"${d}"}]]}]\n`;
}

describe("findDuplicatedSvgs", () => {
  it("passes a diagram inlined once with no copy in the payload", () => {
    const html = nextPage({ body: `<figure>${svg}</figure>${icon}`, flight: ['7:["$","figure",null,{"children":"$L9"}]\n'] });
    expect(findDuplicatedSvgs(html)).toEqual([]);
  });

  it("passes diagrams sent as <img> files", () => {
    const html = nextPage({ body: '<img src="/diagrams/login.svg" alt="Login"/>', flight: ['7:["$","img",null,{"src":"/diagrams/login.svg"}]\n'] });
    expect(findDuplicatedSvgs(html)).toEqual([]);
  });

  it("flags markup inlined in the HTML and again in the RSC payload as a string", () => {
    const html = nextPage({ body: `<figure><div>${svg}</div></figure>`, flight: [innerHtmlRow(svg)] });
    const found = findDuplicatedSvgs(html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ label: "mermaid-login", where: "html-and-rsc" });
  });

  it("flags a diagram whose elements are serialised as props in the payload", () => {
    const html = nextPage({ body: svg, flight: [elementRow("mermaid-login")] });
    expect(findDuplicatedSvgs(html).map((f) => f.where)).toEqual(["html-and-rsc"]);
  });

  it("flags the payload split over several pushes", () => {
    const row = innerHtmlRow(svg);
    const half = Math.floor(row.length / 2);
    const html = nextPage({ body: svg, flight: [row.slice(0, half), row.slice(half)] });
    expect(findDuplicatedSvgs(html).map((f) => f.where)).toEqual(["html-and-rsc"]);
  });

  it("flags the same diagram markup twice in the HTML", () => {
    const html = nextPage({ body: `${svg}<p>again</p>${svg}${other}` });
    expect(findDuplicatedSvgs(html)).toEqual([expect.objectContaining({ label: "mermaid-login", where: "html-twice" })]);
  });

  it("flags one diagram twice in the payload even if the HTML does not inline it", () => {
    const html = nextPage({ body: "<p>lesson</p>", flight: [innerHtmlRow(svg), innerHtmlRow(svg)] });
    expect(findDuplicatedSvgs(html)).toEqual([expect.objectContaining({ where: "rsc-twice" })]);
  });

  it("ignores small icons, which every server-rendered page repeats in its payload", () => {
    const html = nextPage({ body: icon, flight: [`3:["$","svg",null,{"aria-hidden":"true","children":["$","path",null,{"d":"M7.6 13.2 4.4 10l-1.4 1.4 4.6 4.6L17 6.6l-1.4-1.4z"}]}]\n`] });
    expect(isDiagramSvg(icon)).toBe(false);
    expect(findDuplicatedSvgs(html)).toEqual([]);
  });
});

describe("svgFingerprints", () => {
  it("prefers long path data and style bodies over namespaces and classes", () => {
    const prints = svgFingerprints(svg);
    expect(prints.length).toBeGreaterThan(0);
    expect(prints.some((p) => p.startsWith("M"))).toBe(true);
    expect(prints.some((p) => p.includes("http://www.w3.org"))).toBe(false);
  });

  it("treats a small SVG that declares itself a diagram as one", () => {
    expect(isDiagramSvg('<svg aria-roledescription="sequence"><g/></svg>')).toBe(true);
  });
});
