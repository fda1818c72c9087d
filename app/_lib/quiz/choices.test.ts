import { describe, expect, it } from "vitest";
import { MAX_OPTIONS } from "@/content/quiz-schema";
import { decodeChoices, encodeChoices, UNKNOWN } from "./choices";
import type { QuestionResult } from "./grade";

const source = { label: "RFC 9110 §3.3", href: "https://www.rfc-editor.org/rfc/rfc9110#section-3.3" };
const result = (id: string, chosen: boolean[]): QuestionResult => ({
  id,
  correct: false,
  options: chosen.map((c, i) => ({ id: `o${i}`, correct: i === 0, chosen: c, explanation: "why", source })),
  section: "http-forgets-you",
});

describe("encodeChoices and decodeChoices", () => {
  it("round-trips every combination of up to MAX_OPTIONS options in one character per question", () => {
    const combos = Array.from({ length: 2 ** MAX_OPTIONS }, (_, mask) =>
      Array.from({ length: MAX_OPTIONS }, (_, i) => (mask & (1 << i)) !== 0),
    );
    const ids = combos.map((_, i) => `q${i}`);
    const encoded = encodeChoices(ids, combos.map((c, i) => result(`q${i}`, c)));
    expect(encoded).toHaveLength(ids.length);
    const decoded = decodeChoices(encoded, ids.map(() => MAX_OPTIONS))!;
    combos.forEach((combo, q) => expect(decoded[q]).toEqual(combo.flatMap((c, i) => (c ? [i] : []))));
  });

  it("keeps a retry's unasked questions from the previous attempt, or marks them unknown", () => {
    const first = encodeChoices(["a", "b", "c"], [result("a", [true, false]), result("b", [false, true]), result("c", [true, true])]);
    const retry = encodeChoices(["a", "b", "c"], [result("b", [true, false])], first);
    expect(retry[0]).toBe(first[0]);
    expect(retry[2]).toBe(first[2]);
    expect(retry[1]).not.toBe(first[1]);
    expect(encodeChoices(["a", "b", "c"], [result("b", [true, false])], "xx")).toMatch(/^\..\.$/);
    expect(encodeChoices(["a", "b"], [result("a", [true])])[1]).toBe(UNKNOWN);
  });

  it("gives up on an encoding that does not fit the quiz", () => {
    expect(decodeChoices(undefined, [2, 2])).toBeNull();
    expect(decodeChoices("A", [2, 2])).toBeNull(); // another number of questions
    expect(decodeChoices("AE", [2, 2])).toBeNull(); // E = option 3 chosen, but there are 2
    expect(decodeChoices("A!", [2, 2])).toBeNull();
    expect(decodeChoices("B.", [2, 2])).toEqual([[0], null]);
  });
});
