import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Term } from "./term";

const render = (id: string) => renderToStaticMarkup(createElement(Term, { id, children: "the words" }));

describe("Term", () => {
  it("links to the term page and describes the link with the preview", () => {
    const html = render("session-fixation");
    expect(html).toContain('href="/glossary/session-fixation"');
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toMatch(new RegExp(`id="${describedBy}" role="tooltip"`));
    expect(html).toContain("Session fixation");
    expect(html).toContain(">the words</a>");
  });

  it("throws at render for an unknown id, naming it", () => {
    expect(() => render("no-such-term")).toThrow(/<Term id="no-such-term">: no glossary term has the id "no-such-term"/);
  });
});
