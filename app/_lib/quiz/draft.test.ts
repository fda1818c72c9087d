import { describe, expect, it } from "vitest";
import { decodeDraft, draftFromForm, draftKey, encodeDraft } from "./draft";
import type { PublicQuiz } from "./public-quiz";

const quiz: PublicQuiz = {
  slug: "session",
  questions: [
    { id: "one", kind: "single", prompt: "One?", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }] },
    { id: "two", kind: "multi", prompt: "Two?", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }, { id: "c", text: "C" }] },
  ],
};

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("quiz drafts", () => {
  it("keeps one key per lesson", () => {
    expect(draftKey("session")).not.toBe(draftKey("jwt-sessions"));
  });

  it("reads only the answer fields of a form, every checked option of each question", () => {
    const draft = draftFromForm(form([["slug", "session"], ["seed", "7"], ["asked", "one"], ["answer:one", "b"], ["answer:two", "a"], ["answer:two", "c"], ["intent", "check"]]));
    expect(draft).toEqual({ one: ["b"], two: ["a", "c"] });
  });

  it("round-trips through storage", () => {
    const draft = { one: ["b"], two: ["a", "c"] };
    expect(decodeDraft(encodeDraft(draft), quiz)).toEqual(draft);
  });

  it("stores nothing when nothing is answered, so the caller removes the key", () => {
    expect(encodeDraft({})).toBeNull();
    expect(encodeDraft({ one: [] })).toBeNull();
  });

  it("drops questions and options the quiz no longer has, and extra picks on a one-answer question", () => {
    const raw = JSON.stringify({ v: 1, chosen: { one: ["b", "a"], two: ["z", "c", "c"], gone: ["a"] } });
    expect(decodeDraft(raw, quiz)).toEqual({ one: ["b"], two: ["c"] });
  });

  it("gives an empty draft for anything unreadable, never an error", () => {
    for (const raw of [null, "", "not json", "[]", "null", '{"v":2,"chosen":{}}', '{"v":1,"chosen":[]}', '{"v":1,"chosen":{"one":"a"}}', '{"v":1,"chosen":{"one":[1,{}]}}', `{"v":1,"chosen":{"one":["a"]},"pad":"${"x".repeat(30_000)}"}`]) {
      expect(decodeDraft(raw, quiz), String(raw).slice(0, 40)).toEqual({});
    }
  });

  it("ignores inherited keys such as __proto__", () => {
    const raw = '{"v":1,"chosen":{"__proto__":["a"],"constructor":["a"]}}';
    expect(decodeDraft(raw, { slug: "x", questions: [{ id: "constructor", kind: "single", prompt: "?", options: [{ id: "a", text: "A" }] }] })).toEqual({ constructor: ["a"] });
  });
});
