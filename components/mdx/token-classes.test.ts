import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { tokensToClasses } from "./token-classes";

describe("tokensToClasses", () => {
  it("replaces each distinct token style with one shared class and keeps everything else", () => {
    const token = (text: string, light: string, dark: string) =>
      createElement("span", { style: { "--shiki-light": light, "--shiki-dark": dark } }, text);
    const line = createElement(
      "span",
      { className: "line" },
      token("const", "#A0111F", "#FF9492"),
      token(" x = ", "#0E1116", "#F0F3F6"),
      token("let", "#A0111F", "#FF9492"),
    );
    const { node, css } = tokensToClasses(line);
    const html = renderToStaticMarkup(node);
    expect(html).not.toContain("style=");
    expect(html).toMatch(/^<span class="line"><span class="(t\w{6})">const<\/span><span class="(t\w{6})"> x = <\/span><span class="\1">let<\/span><\/span>$/);
    expect(css.match(/\{/g)).toHaveLength(2);
    expect(css).toContain("{--shiki-light:#A0111F;--shiki-dark:#FF9492}");
  });

  it("turns camel-cased properties into CSS names", () => {
    const { css } = tokensToClasses(createElement("span", { style: { fontStyle: "italic", "--shiki-light": "#111" } }, "x"));
    expect(css).toMatch(/^\.t\w{6}\{font-style:italic;--shiki-light:#111\}$/);
  });
});
