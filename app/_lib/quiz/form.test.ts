import { describe, expect, it } from "vitest";
import { parseQuizForm } from "./form";

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("parseQuizForm", () => {
  it("reads the slug, the intent, the asked questions and every chosen option", () => {
    const result = parseQuizForm(
      form([
        ["slug", "session"],
        ["intent", "check"],
        ["asked", "one"],
        ["asked", "two"],
        ["answer:one", "b"],
        ["answer:two", "a"],
        ["answer:two", "c"],
        ["$ACTION_ID_abc", ""],
      ]),
    );
    expect(result).toEqual({
      ok: true,
      form: {
        slug: "session",
        intent: "check",
        target: null,
        seed: 1,
        hinted: [],
        revealed: [],
        submission: { asked: ["one", "two"], answers: { one: ["b"], two: ["a", "c"] } },
      },
    });
  });

  it("defaults to checking answers when the browser sends no button value (Enter key in some browsers)", () => {
    const result = parseQuizForm(form([["slug", "session"], ["asked", "one"]]));
    expect(result.ok && result.form.intent).toBe("check");
  });

  it("keeps a question id like __proto__ as plain data", () => {
    const result = parseQuizForm(form([["slug", "s"], ["asked", "__proto__"], ["answer:__proto__", "x"]]));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.form.submission.answers)).toEqual(["__proto__"]);
      expect(Object.getPrototypeOf(result.form.submission.answers)).toBe(Object.prototype);
    }
  });

  it("rejects a missing slug, an unknown intent, files and oversized input with a clear message", () => {
    expect(parseQuizForm(form([["asked", "one"]]))).toMatchObject({ ok: false, message: expect.stringContaining('"slug"') });
    expect(parseQuizForm(form([["slug", "s"], ["intent", "delete"]]))).toMatchObject({ ok: false, message: expect.stringContaining('"intent"') });
    expect(parseQuizForm(form([["slug", "s"], ["answer:one", new Blob(["x"])]]))).toMatchObject({ ok: false, message: "Answers must be text." });
    expect(parseQuizForm(form([["slug", "x".repeat(65)]])).ok).toBe(false);
    const many = Array.from({ length: 200 }, (_, i): [string, string] => [`answer:q${i}`, "a"]);
    expect(parseQuizForm(form([["slug", "s"], ...many]))).toMatchObject({ ok: false, message: "Too many answers were sent." });
    const asked = Array.from({ length: 21 }, (_, i): [string, string] => ["asked", `q${i}`]);
    expect(parseQuizForm(form([["slug", "s"], ...asked])).ok).toBe(false);
  });

  it("reads a per-question check (intent hint:<id> or reveal:<id>), the seed and the questions already peeked at", () => {
    const result = parseQuizForm(
      form([["slug", "s"], ["intent", "reveal:fixation"], ["seed", "4294967295"], ["hinted", "fixation"], ["revealed", "timeouts"]]),
    );
    expect(result).toMatchObject({ ok: true, form: { intent: "reveal", target: "fixation", seed: 4294967295, hinted: ["fixation"], revealed: ["timeouts"] } });
    expect(parseQuizForm(form([["slug", "s"], ["intent", "hint:x"]]))).toMatchObject({ ok: true, form: { intent: "hint", target: "x", seed: 1 } });
  });

  it("refuses a seed that is not an unsigned 32-bit integer and a peek without a question", () => {
    for (const seed of ["-1", "1.5", "4294967296", "abc"]) expect(parseQuizForm(form([["slug", "s"], ["seed", seed]])).ok, seed).toBe(false);
    expect(parseQuizForm(form([["slug", "s"], ["intent", "hint"]])).ok).toBe(false);
    expect(parseQuizForm(form([["slug", "s"], ["intent", `hint:${"x".repeat(65)}`]])).ok).toBe(false);
  });
});
