import { describe, expect, it } from "vitest";
import type { GlossaryTerm } from "@/content/glossary-schema";
import { groupTerms } from "./group-terms";

const term = (title: string) => ({ title, id: title.toLowerCase() }) as GlossaryTerm;

describe("groupTerms", () => {
  it("groups alphabetically, ignoring case and leading punctuation", () => {
    const groups = groupTerms([term("session"), term("__Host- prefix"), term("Cookie"), term("HttpOnly"), term("CSRF")]);
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.title)])).toEqual([
      ["C", ["Cookie", "CSRF"]],
      ["H", ["__Host- prefix", "HttpOnly"]],
      ["S", ["session"]],
    ]);
  });

  it("files terms starting with a digit under #", () => {
    expect(groupTerms([term("2FA")])[0]?.letter).toBe("#");
  });
});
