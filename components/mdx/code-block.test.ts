import { Fragment, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CodeBlock, Pre } from "./code-block";

// What MDX hands over for a fenced block highlighted by @shikijs/rehype: a Fragment around <pre>.
const fenced = (code: string) =>
  createElement(Fragment, null, createElement(Pre, { className: "shiki" }, createElement("code", null, code)));

describe("CodeBlock and Pre", () => {
  it("puts the title in the block's caption and keeps the code", () => {
    const html = renderToStaticMarkup(createElement(CodeBlock, { title: "sessions.ts", children: fenced("const a = 1;") }));
    expect(html).toMatch(/<figcaption[^>]*><span[^>]*>sessions\.ts<\/span>/);
    expect(html).toMatch(/<pre class="shiki [^"]*" tabindex="0"><code>const a = 1;<\/code><\/pre>/);
  });

  it("fails loudly when it wraps anything but one code block, or has no title", () => {
    expect(() => renderToStaticMarkup(createElement(CodeBlock, { title: "x", children: createElement("p", null, "text") }))).toThrow(
      /<CodeBlock title="x"> must wrap exactly one fenced code block/,
    );
    expect(() => renderToStaticMarkup(createElement(CodeBlock, { title: "", children: fenced("a") }))).toThrow(/needs a title/);
  });
});
