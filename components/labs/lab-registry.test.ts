import { describe, expect, it } from "vitest";
import { labExamples } from "./lab-examples";
import { labLoaders } from "./lab-loaders";
import { labIds } from "./lab-registry";

describe("lab registry", () => {
  it("has one interactive loader and one worked example for every lab id, and nothing else", () => {
    const ids = [...labIds].sort();
    expect(Object.keys(labLoaders).sort()).toEqual(ids);
    expect(Object.keys(labExamples).sort()).toEqual(ids);
  });

  it("uses ids that can be a heading anchor and a query key", () => {
    for (const id of labIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(labIds).size).toBe(labIds.length);
  });
});
