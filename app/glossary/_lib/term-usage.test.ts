import { describe, expect, it } from "vitest";
import { findTermUsages } from "./term-usage";

describe("findTermUsages", () => {
  it("finds ids in each form an author can write and the section they sit in", () => {
    const mdx = [
      "Intro with <Term id=\"session\">a session</Term>.",
      "## Where state lives",
      "A <Term id='stateful'>stateful</Term> server and a <Term id={\"jwt\"}>JWT</Term>.",
      "### The `__Host-` prefix",
      "<Term className=\"x\" id=\"host-prefix\">prefix</Term>",
    ].join("\n");
    expect(findTermUsages(mdx)).toEqual([
      { id: "session", sectionId: undefined, sectionTitle: undefined },
      { id: "stateful", sectionId: "where-state-lives", sectionTitle: "Where state lives" },
      { id: "jwt", sectionId: "where-state-lives", sectionTitle: "Where state lives" },
      { id: "host-prefix", sectionId: "the-__host--prefix", sectionTitle: "The __Host- prefix" },
    ]);
  });

  it("ignores Term tags inside fenced and inline code", () => {
    const mdx = ["```mdx", '<Term id="in-fence">x</Term>', "```", 'Write `<Term id="inline">` like this.'].join("\n");
    expect(findTermUsages(mdx)).toEqual([]);
  });

  it("does not treat a # comment inside a code fence as a heading", () => {
    const mdx = ["## Real", "```sh", "## not a heading", "```", '<Term id="cookie">c</Term>'].join("\n");
    expect(findTermUsages(mdx)[0]?.sectionId).toBe("real");
  });

  it("numbers repeated headings the way rehype-slug does", () => {
    const mdx = ["## Recap", "## Recap", '<Term id="cookie">c</Term>'].join("\n");
    expect(findTermUsages(mdx)[0]?.sectionId).toBe("recap-1");
  });

  it("keeps an empty id so the glossary check can report it", () => {
    expect(findTermUsages('<Term id="">x</Term>')).toEqual([{ id: "", sectionId: undefined, sectionTitle: undefined }]);
  });

  it("reports a Term without an id as an empty id", () => {
    expect(findTermUsages("<Term>x</Term>")).toEqual([{ id: "", sectionId: undefined, sectionTitle: undefined }]);
  });

  it("takes a heading's text the way rehype-slug does, including a Term inside it", () => {
    const mdx = ['## Why <Term id="jwt">JWTs</Term> **grow**', '<Term id="cookie">c</Term>'].join("\n");
    expect(findTermUsages(mdx)).toEqual([
      { id: "jwt", sectionId: "why-jwts-grow", sectionTitle: "Why JWTs grow" },
      { id: "cookie", sectionId: "why-jwts-grow", sectionTitle: "Why JWTs grow" },
    ]);
  });

  it("sees a Term in a list item, a block quote and an indented line (MDX has no indented code)", () => {
    const mdx = ['- one <Term id="a">A</Term>', "", '> quoted <Term id="b">B</Term>', "", 'text', "", '    <Term id="in-code">x</Term>'].join("\n");
    expect(findTermUsages(mdx).map((u) => u.id)).toEqual(["a", "b", "in-code"]);
  });

  it("fails on MDX that does not parse, as the lesson build would", () => {
    expect(() => findTermUsages("<Term id=\"x\">unclosed")).toThrow();
  });
});

