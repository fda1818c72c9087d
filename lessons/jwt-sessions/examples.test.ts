import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const here = import.meta.dirname;
const mdx = readFileSync(join(here, "index.mdx"), "utf8");

/** The text of every fenced code block in the lesson. */
const blocks = [...mdx.matchAll(/^```[\w-]*\n([\s\S]*?)\n```$/gm)].map((match) => match[1] ?? "");

// The lesson shows these files verbatim; tsc type-checks them and vitest runs them (examples/*.test.ts).
const shown = ["examples/verify-access-token.ts"];

describe("the JWT lesson's code blocks", () => {
  it.each(shown)("%s appears in index.mdx exactly as in the file", (file) => {
    const code = readFileSync(join(here, file), "utf8").trimEnd();
    expect(blocks, `update the block for ${file} in index.mdx (or the file)`).toContain(code);
  });

  it("every block is wrapped in <CodeBlock title>", () => {
    const fences = mdx.match(/^```[\w-]*$/gm) ?? [];
    const titled = mdx.match(/<CodeBlock title="[^"]+">\n\n```/g) ?? [];
    expect(titled.length).toBe(fences.length / 2);
  });
});
