import { describe, expect, it } from "vitest";
import { buildIndex, runSearch, serializeBrowserIndex } from "./engine";
import { searchDocuments } from "./documents";
import { createSearchService, openSearcher, SUGGESTION_LIMIT, type SearchAnswer } from "./search-service";

const documents = searchDocuments();
const index = buildIndex(documents);
const json = serializeBrowserIndex(index);

/** A load the test finishes by hand, so it can ask queries before and after the index is ready. */
function heldLoad() {
  let finish!: (json: string) => void;
  let refuse!: (error: Error) => void;
  const loaded = new Promise<string>((resolve, reject) => {
    finish = resolve;
    refuse = reject;
  });
  return { load: () => loaded, finish, refuse };
}

// The service settles its load in a few promise steps; a macrotask is after all of them.
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("openSearcher", () => {
  it("answers as the server's search does, cut to the suggestions' limit", () => {
    const search = openSearcher(json);
    for (const query of ["cookie", "sticky sessions", "jwt revocation", "sesion"]) {
      const expected = runSearch(index, query, SUGGESTION_LIMIT).map((hit) => hit.id);
      expect(search(query).map((hit) => hit.id), query).toEqual(expected);
      expect(expected.length, query).toBeGreaterThan(0);
    }
    expect(search("cookie")).toHaveLength(SUGGESTION_LIMIT);
  });

  it("finds nothing for a query that does not parse", () => {
    expect(openSearcher(json)("   ")).toEqual([]);
  });
});

describe("createSearchService", () => {
  it("answers only the latest query asked while loading, once the index is ready, then every query as it comes", async () => {
    const { load, finish } = heldLoad();
    const answers: SearchAnswer[] = [];
    const ask = createSearchService(load, (answer) => answers.push(answer));
    ask("c");
    ask("co");
    ask("coo");
    await settled();
    expect(answers).toEqual([]);

    finish(json);
    await settled();
    const search = openSearcher(json);
    expect(answers).toEqual([{ query: "coo", hits: search("coo") }]);

    ask("cookie");
    ask("");
    expect(answers.slice(1)).toEqual([
      { query: "cookie", hits: search("cookie") },
      { query: "", hits: [] },
    ]);
  });

  it("asked nothing while loading, it answers nothing until asked", async () => {
    const { load, finish } = heldLoad();
    const answers: SearchAnswer[] = [];
    const ask = createSearchService(load, (answer) => answers.push(answer));
    finish(json);
    await settled();
    expect(answers).toEqual([]);
    ask("sticky");
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ query: "sticky" });
  });

  it("answers every query with failed when the index cannot be fetched or read", async () => {
    for (const outcome of ["refused", "not an index"] as const) {
      const { load, finish, refuse } = heldLoad();
      const answers: SearchAnswer[] = [];
      const ask = createSearchService(load, (answer) => answers.push(answer));
      ask("cookie");
      if (outcome === "refused") refuse(new Error("the search index answered 500"));
      else finish('{"version":1}');
      await settled();
      ask("sticky");
      expect(answers, outcome).toEqual([
        { query: "cookie", failed: true },
        { query: "sticky", failed: true },
      ]);
    }
  });
});
