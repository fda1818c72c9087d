import { afterEach, describe, expect, it, vi } from "vitest";
import { queryParam, replaceQueryParam } from "./url-query";

/** A window with just the address and history the module reads, recording each replaceState. */
function fakeWindow(href: string) {
  const location = { href, search: new URL(href).search };
  const writes: { state: unknown; url: string }[] = [];
  const history = {
    state: { __NA: true, tree: ["router"] },
    replaceState(state: unknown, _title: string, url: URL) {
      writes.push({ state, url: String(url) });
      location.href = String(url);
      location.search = url.search;
    },
  };
  vi.stubGlobal("window", { location, history });
  return { writes, history };
}

afterEach(() => vi.unstubAllGlobals());

describe("queryParam", () => {
  it("is null on the server, where there is no address", () => {
    expect(queryParam("lab")).toBeNull();
  });

  it("reads a parameter, decoded, and null when absent; an empty value is not absent", () => {
    fakeWindow("https://lab.test/lessons/x?a=1%2B2&b=");
    expect(queryParam("a")).toBe("1+2");
    expect(queryParam("b")).toBe("");
    expect(queryParam("c")).toBeNull();
  });
});

describe("replaceQueryParam", () => {
  it("sets the parameter, keeps the others and the fragment, and keeps the history entry's state", () => {
    const { writes, history } = fakeWindow("https://lab.test/lessons/x?other=1#lab-x");
    replaceQueryParam("lab", "a b&c");
    expect(writes).toEqual([{ state: history.state, url: "https://lab.test/lessons/x?other=1&lab=a+b%26c#lab-x" }]);
    expect(queryParam("lab")).toBe("a b&c");
  });

  it("removes the parameter for null", () => {
    const { writes } = fakeWindow("https://lab.test/lessons/x?lab=1&other=2");
    replaceQueryParam("lab", null);
    expect(writes.map((w) => w.url)).toEqual(["https://lab.test/lessons/x?other=2"]);
  });

  it("lets the caller change the rest of the URL in the same write", () => {
    const { writes } = fakeWindow("https://lab.test/lessons/jwt#jwt=abc");
    replaceQueryParam("jwt-sessions", "v1", (url) => {
      url.hash = "";
    });
    expect(writes.map((w) => w.url)).toEqual(["https://lab.test/lessons/jwt?jwt-sessions=v1"]);
  });
});
