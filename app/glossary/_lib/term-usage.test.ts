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
});
