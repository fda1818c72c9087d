import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Callout, type CalloutVariant } from "./callout";

const render = (type: CalloutVariant, title: string) =>
  renderToStaticMarkup(createElement(Callout, { type, title, children: createElement("p", null, "Body text") }));

describe("Callout", () => {
  it("labels pitfalls and notes and keeps them open", () => {
    const html = render("pitfall", "Logout is only a request");
    expect(html).toMatch(/^<div role="note" aria-label="Pitfall: Logout is only a request"/);
    expect(html).toContain("<p>Body text</p>");
    expect(html).not.toContain("<details");
    expect(render("note", "Sticky is fine")).toContain('aria-label="Note: Sticky is fine"');
  });

  it("folds a deep dive into <details>, which works without JavaScript", () => {
    const html = render("deep-dive", "Hashing IDs at rest");
    expect(html).toMatch(/^<details[^>]*><summary[^>]*>.*Deep dive.*Hashing IDs at rest.*<\/summary>/);
    expect(html).not.toMatch(/<details[^>]* open/);
  });

  it("throws a message naming the problem when the title or type is wrong", () => {
    expect(() => render("pitfall", "  ")).toThrow('<Callout type="pitfall"> needs a title="…"');
    expect(() => render("warning" as CalloutVariant, "x")).toThrow(/type must be one of pitfall, note, deep-dive/);
  });
});
