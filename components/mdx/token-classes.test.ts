import { createElement, type CSSProperties } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { tokensToClasses } from "./token-classes";

/** A Shiki token as the dual-theme highlighter emits it. */
const token = (text: string, light: string, dark: string) =>
  createElement("span", { style: { "--shiki-light": light, "--shiki-dark": dark } }, text);

describe("tokensToClasses", () => {
  it("replaces each distinct token style with one shared class and keeps everything else", () => {
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
    // The line wrapper goes too: nothing styles it, and "\n" already separates lines.
    expect(html).toMatch(/^<span class="(t\w{3})">const<\/span><span class="(t\w{3})"> x = <\/span><span class="\1">let<\/span>$/);
    expect(css.match(/\{/g)).toHaveLength(2);
    expect(css).toContain("{--shiki-light:#A0111F;--shiki-dark:#FF9492}");
  });

  it("drops the style prop instead of setting it to undefined, which the RSC payload would spell out", () => {
    const { node } = tokensToClasses(createElement("span", { style: { color: "red" }, "data-x": "1" }, "x"));
    const props = (node as { props: Record<string, unknown> }).props;
    expect("style" in props).toBe(false);
    expect(props["data-x"]).toBe("1");
  });

  it("turns tokens in the block's own colours into plain text, merged with their neighbours", () => {
    const line = createElement(
      "span",
      { className: "line" },
      token("const", "#A0111F", "#FF9492"),
      token(" x ", "#0E1116", "#F0F3F6"),
      token("= ", "#0E1116", "#F0F3F6"),
      token("1", "#A0111F", "#FF9492"),
    );
    const { node, css } = tokensToClasses(line, { "--shiki-light": "#0e1116", "--shiki-dark": "#f0f3f6" } as CSSProperties);
    expect(renderToStaticMarkup(node)).toMatch(/^<span class="(t\w{3})">const<\/span> x = <span class="\1">1<\/span>$/);
    expect(css.match(/\{/g)).toHaveLength(1);
  });

  it("joins neighbouring tokens of the same class", () => {
    const token = (text: string) => createElement("span", { style: { "--shiki-light": "#A0111F", "--shiki-dark": "#FF9492" } }, text);
    const { node } = tokensToClasses(createElement("span", { className: "line" }, token("export"), token(" const")));
    expect(renderToStaticMarkup(node)).toMatch(/^<span class="t\w{3}">export const<\/span>$/);
  });

  it("keeps a base-coloured token that carries more than colour", () => {
    const italic = createElement("span", { style: { "--shiki-light": "#0E1116", "--shiki-dark": "#F0F3F6", fontStyle: "italic" } }, "x");
    const { node } = tokensToClasses(italic, { "--shiki-light": "#0e1116", "--shiki-dark": "#f0f3f6" } as CSSProperties);
    expect(renderToStaticMarkup(node)).toMatch(/^<span class="t\w{3}">x<\/span>$/);
  });

  it("turns camel-cased properties into CSS names", () => {
    const { css } = tokensToClasses(createElement("span", { style: { fontStyle: "italic", "--shiki-light": "#111" } }, "x"));
    expect(css).toMatch(/^\.t\w{3}\{font-style:italic;--shiki-light:#111\}$/);
  });
});
