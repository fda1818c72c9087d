import { describe, expect, it } from "vitest";
import { buildIndex, excerptOf, loadIndex, MAX_QUERY_LENGTH, parseQuery, runSearch, serializeIndex, type SearchDocument } from "./engine";

const documents: SearchDocument[] = [
  { id: "s:a#samesite", kind: "section", title: "SameSite and CSRF", context: "Cookies", text: "Lax cookies travel on top-level navigations only.", href: "/lessons/a#samesite" },
  { id: "t:fixation", kind: "term", title: "Session fixation", context: "Glossary", text: "An attacker plants a session ID before login.", href: "/glossary/fixation" },
  { id: "q:a:lax", kind: "quiz", title: "Which requests carry a Lax cookie?", context: "Cookies quiz", text: "A form POST from another site", href: "/lessons/a/quiz#q-lax" },
];

describe("search engine", () => {
  const index = buildIndex(documents);

  it("finds a word in a section's prose and links its anchor", () => {
    expect(runSearch(index, "navigations").map((hit) => hit.href)).toEqual(["/lessons/a#samesite"]);
  });

  it("ranks a title match above a prose match", () => {
    const hits = runSearch(index, "lax");
    expect(hits.map((hit) => hit.id)).toEqual(["q:a:lax", "s:a#samesite"]);
  });

  it("matches prefixes as the learner types, and every word of the query", () => {
    expect(runSearch(index, "fixa").map((hit) => hit.id)).toEqual(["t:fixation"]);
    expect(runSearch(index, "session attacker").map((hit) => hit.id)).toEqual(["t:fixation"]);
    expect(runSearch(index, "session navigations")).toEqual([]);
  });

  it("forgives a typo in a long word but not in a short one", () => {
    expect(runSearch(index, "fixaton").map((hit) => hit.id)).toEqual(["t:fixation"]);
    expect(runSearch(index, "lux")).toEqual([]);
  });

  it("gives the same results from the serialized index the browser loads", () => {
    const loaded = loadIndex(serializeIndex(index));
    for (const query of ["lax", "fixa", "csrf", "post"]) expect(runSearch(loaded, query)).toEqual(runSearch(index, query));
  });

  it("ships an excerpt, not the whole text", () => {
    const long = "word ".repeat(200);
    const excerpt = excerptOf(long);
    expect(excerpt.length).toBeLessThanOrEqual(141);
    expect(excerpt.endsWith("…")).toBe(true);
    const serialized = JSON.parse(serializeIndex(buildIndex([{ ...documents[0]!, text: `${long} tail` }])));
    expect(serialized.storedFields["0"]).not.toHaveProperty("text");
    expect(serialized.storedFields["0"].excerpt).not.toContain("tail");
  });
});

describe("parseQuery", () => {
  it("trims and collapses spaces", () => {
    expect(parseQuery("  same   site ")).toEqual({ ok: true, query: "same site" });
  });
  it("refuses empty, missing and over-long queries with a sentence", () => {
    expect(parseQuery("   ").ok).toBe(false);
    expect(parseQuery(undefined).ok).toBe(false);
    expect(parseQuery(["a", "b"]).ok).toBe(false);
    const long = parseQuery("x".repeat(MAX_QUERY_LENGTH + 1));
    expect(long).toEqual({ ok: false, message: expect.stringContaining(`${MAX_QUERY_LENGTH} characters`) });
  });
});
