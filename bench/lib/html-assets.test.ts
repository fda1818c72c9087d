import { describe, expect, it } from "vitest";
import { executableInlineScripts, extractAssets, loadedScriptSources, outermostSvgs, parseAttributes } from "./html-assets";
import { nextPage } from "./test-fixtures";

describe("extractAssets", () => {
  const html = nextPage({
    head: '<script type="application/ld+json">{"@type":"Course"}</script><link rel="preload" as="font" href="/f.woff2" crossorigin=""/>',
    body: '<img src="/diagram.svg" alt="x"/><img loading="lazy" src="/diagram.dark.svg" alt="x"/><img alt="y" src=\'/b.png\'/><svg viewBox="0 0 1 1"><svg><rect/></svg></svg><style>.a{color:red}</style>',
  });
  const assets = extractAssets(html);

  it("lists external scripts and skips noModule ones when counting what loads", () => {
    expect(assets.scripts.map((s) => s.src)).toEqual(["/_next/static/chunks/polyfills.js", "/_next/static/chunks/main.js"]);
    expect(loadedScriptSources(assets)).toEqual(["/_next/static/chunks/main.js"]);
  });

  it("keeps inline data blocks out of executable scripts", () => {
    const types = executableInlineScripts(assets.inlineScripts).map((s) => s.type);
    expect(types).not.toContain("application/ld+json");
    expect(assets.inlineScripts.some((s) => s.type === "application/ld+json")).toBe(true);
  });

  it("finds stylesheets, images, icons and fonts but not script preloads", () => {
    expect(assets.stylesheets).toEqual(["/_next/static/chunks/app.css"]);
    expect(assets.images).toEqual(["/icon.svg?abc", "/diagram.svg", "/b.png"]);
    expect(assets.lazyImages).toEqual(["/diagram.dark.svg"]);
    expect(assets.fonts).toEqual(["/f.woff2"]);
    expect(assets.inlineStyleBytes).toBe(".a{color:red}".length);
  });

  it("counts a nested svg as part of its parent", () => {
    expect(assets.inlineSvgs).toEqual(['<svg viewBox="0 0 1 1"><svg><rect/></svg></svg>']);
  });
});

describe("parseAttributes", () => {
  it("reads quoted, unquoted and bare attributes and decodes entities", () => {
    const attrs = parseAttributes(`<script src="/a.js?x=1&amp;y=2" async data-x=3 nomodule='' >`);
    expect(attrs.get("src")).toBe("/a.js?x=1&y=2");
    expect(attrs.has("async")).toBe(true);
    expect(attrs.get("data-x")).toBe("3");
    expect(attrs.has("nomodule")).toBe(true);
  });
});

describe("outermostSvgs", () => {
  it("ignores a stray closing tag and keeps self-closing svgs", () => {
    expect(outermostSvgs('</svg><svg/><p>x</p><svg a="1"><g/></svg>')).toEqual(["<svg/>", '<svg a="1"><g/></svg>']);
  });
});
