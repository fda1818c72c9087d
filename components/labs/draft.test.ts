import { describe, expect, it } from "vitest";
import { draftOnValue } from "./draft";

describe("draftOnValue", () => {
  it("drops the draft once the lab holds exactly it", () => {
    expect(draftOnValue("abc", "abc", "abc")).toBe("caught-up");
  });

  it("keeps typing that is ahead of the lab: the lab took 'ab' while 'abc' was being typed", () => {
    expect(draftOnValue("abc", "ab", "ab")).toBe("keep");
  });

  it("lets a value from elsewhere replace the draft", () => {
    expect(draftOnValue("abc", "ab", "eyJhbGciOiJub25lIn0.e30.")).toBe("replaced");
    expect(draftOnValue("abc", null, "preset")).toBe("replaced");
  });

  it("treats a value equal to the draft as caught up even when nothing was handed on yet", () => {
    expect(draftOnValue("same", null, "same")).toBe("caught-up");
  });
});
