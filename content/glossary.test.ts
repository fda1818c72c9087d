import { describe, expect, it } from "vitest";
import { glossary } from "./glossary";
import { parseGlossary } from "./glossary-schema";

const valid = {
  id: "cookie",
  title: "Cookie",
  definition: "A small name=value pair a server asks the browser to store and send back.",
  explanation: ["A paragraph that is long enough to pass the minimum length check of the schema."],
  sources: [{ label: "RFC 6265", href: "https://www.rfc-editor.org/rfc/rfc6265" }],
};

describe("glossary data", () => {
  it("has the terms the Session lesson and issue 2 require", () => {
    const ids = glossary.map((t) => t.id);
    for (const id of ["session", "stateless", "stateful", "jwt", "sticky-sessions", "cookie", "session-id", "session-fixation"]) {
      expect(ids).toContain(id);
    }
  });

  it("lists sticky sessions under its other name, session affinity", () => {
    expect(glossary.find((t) => t.id === "sticky-sessions")?.aliases).toContain("session affinity");
  });

  it("links every term to at least one related term", () => {
    expect(glossary.filter((t) => t.related.length === 0).map((t) => t.id)).toEqual([]);
  });

  it("is sorted by title, ignoring case, whatever order the file lists them in", () => {
    // Written out by hand: upper case does not come first, and a shorter title precedes its longer forms.
    const titles = ["stateless", "Session ID", "JWT", "session", "Absolute timeout", "XSS", "sealed cookie", "Session fixation"];
    const sorted = parseGlossary(
      "x.ts",
      titles.map((title, i) => ({ ...valid, id: `t${i}`, title })),
    ).map((t) => t.title);
    expect(sorted).toEqual(["Absolute timeout", "JWT", "sealed cookie", "session", "Session fixation", "Session ID", "stateless", "XSS"]);
  });
});

describe("parseGlossary", () => {
  it("accepts a valid term and fills defaults", () => {
    const [term] = parseGlossary("test.ts", [valid]);
    expect(term).toMatchObject({ id: "cookie", aliases: [], related: [] });
  });

  it("names the file, the term and the field of a schema failure", () => {
    expect(() => parseGlossary("content/x.ts", [{ ...valid, id: "jwt", definition: "short" }])).toThrow(
      /content\/x\.ts: term "jwt": definition:/,
    );
  });

  it("rejects a definition that spans two lines", () => {
    const definition = "First line of a definition that is long enough\nand a second line.";
    expect(() => parseGlossary("x.ts", [{ ...valid, definition }])).toThrow(/term "cookie": definition: definition must be one line/);
  });

  it("rejects a related term that does not exist, naming both", () => {
    expect(() => parseGlossary("x.ts", [{ ...valid, related: ["nope"] }])).toThrow(
      /term "cookie": related term "nope" does not exist/,
    );
  });

  it("rejects duplicate ids and self-references", () => {
    expect(() => parseGlossary("x.ts", [valid, valid])).toThrow(/term "cookie": duplicate id/);
    expect(() => parseGlossary("x.ts", [{ ...valid, related: ["cookie"] }])).toThrow(/term "cookie": related lists itself/);
  });

  it("rejects non-https sources and ids that are not slugs", () => {
    expect(() => parseGlossary("x.ts", [{ ...valid, sources: [{ label: "plain", href: "http://example.com" }] }])).toThrow(
      /term "cookie": sources\.0\.href/,
    );
    expect(() => parseGlossary("x.ts", [{ ...valid, id: "Session ID" }])).toThrow(/term "Session ID": id: must be a kebab-case slug/);
  });

  it("reports every problem at once, not just the first", () => {
    const error = (() => {
      try {
        parseGlossary("x.ts", [{ ...valid, id: "a", title: "" }, { ...valid, id: "b", related: ["zzz"] }]);
      } catch (e) {
        return String(e);
      }
    })();
    expect(error).toMatch(/term "a": title/);
    expect(error).toMatch(/term "b": related term "zzz"/);
  });
});
