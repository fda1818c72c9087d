import { describe, expect, it } from "vitest";
import { checkWholeNumber } from "./field-check";

describe("checkWholeNumber", () => {
  it("takes digits within the range, spaces around them allowed", () => {
    expect(checkWholeNumber(" 42 ", 0, 100)).toEqual({ ok: true, value: 42 });
    expect(checkWholeNumber("0", 0, 100)).toEqual({ ok: true, value: 0 });
  });

  it("refuses empty, signed, decimal, exponent and out-of-range text with the range in the message", () => {
    for (const text of ["", "-1", "2.5", "1e3", "abc", "101"]) {
      expect(checkWholeNumber(text, 1, 100)).toEqual({ ok: false, message: "A whole number from 1 to 100." });
    }
    expect(checkWholeNumber("0", 1, 10_000)).toEqual({ ok: false, message: "A whole number from 1 to 10,000." });
  });
});
