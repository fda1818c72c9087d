import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { staticHtml } from "./static-html";

describe("staticHtml", () => {
  it("renders plain elements and text exactly as React would", () => {
    const tree = createElement(
      "span",
      { className: "line" },
      createElement("span", { className: "t1" }, 'if (a < b && c > "d")'),
      " rest ",
      [createElement("span", { key: "k", className: "t2" }, "x"), 42, null, false],
    );
    expect(staticHtml(tree)).toBe(renderToStaticMarkup(tree).replace(/&#x27;/g, "'"));
    expect(staticHtml(tree)).toContain("if (a &lt; b &amp;&amp; c &gt; &quot;d&quot;)");
  });

  it("refuses anything that is not a plain element", () => {
    expect(() => staticHtml(createElement("a", { href: "https://example.com" }, "x"))).toThrow(/<a> with href/);
    expect(() => staticHtml(createElement(() => null))).toThrow(/only plain elements/);
  });
});
