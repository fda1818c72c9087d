import { describe, expect, it } from "vitest";
import { lessonSections } from "./lesson-sections";

const source = `import { Callout } from "x";

An intro paragraph about cookies.

## What a cookie is

A cookie is a name and a value. <Term id="cookie">cookie</Term> text.

\`\`\`ts
const secretCode = 1;
\`\`\`

### What a cookie is

<Callout kind="note">Nested prose counts.</Callout>

## \`Set-Cookie\`, step by step

{props.notProse}
Last words.
`;

describe("lessonSections", () => {
  const sections = lessonSections(source, "The lesson");

  it("splits at every heading with rehype-slug's ids, duplicates numbered", () => {
    expect(sections.map((s) => [s.id, s.title, s.depth])).toEqual([
      ["", "The lesson", 1],
      ["what-a-cookie-is", "What a cookie is", 2],
      ["what-a-cookie-is-1", "What a cookie is", 3],
      ["set-cookie-step-by-step", "Set-Cookie, step by step", 2],
    ]);
  });

  it("keeps prose, including inside components, and leaves out code, imports and expressions", () => {
    expect(sections[0]!.text).toBe("An intro paragraph about cookies.");
    expect(sections[1]!.text).toContain("A cookie is a name and a value.");
    expect(sections[1]!.text).not.toContain("secretCode");
    expect(sections[2]!.text).toBe("Nested prose counts.");
    expect(sections[3]!.text).toBe("Last words.");
    expect(sections.map((s) => s.text).join(" ")).not.toContain("import");
  });

  it("keeps inline code, links and emphasis inside their sentence, and a space between list items", () => {
    const [section] = lessonSections(
      "A token is valid until \`exp\`, whatever happens (see [RFC 7519](https://example.com/rfc7519)); *really*.\n\n- one\n- two\n\n<ul><li>three</li><li>four</li></ul>\n",
      "T",
    );
    expect(section!.text).toBe("A token is valid until exp, whatever happens (see RFC 7519); really. one two three four");
  });
});
