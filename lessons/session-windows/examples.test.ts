import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const here = import.meta.dirname;
const mdx = readFileSync(join(here, "index.mdx"), "utf8");

/** The text of every fenced code block in the lesson. */
const blocks = [...mdx.matchAll(/^```[\w-]*\n([\s\S]*?)\n```$/gm)].map((match) => match[1] ?? "");

// The lesson shows this file verbatim; tsc type-checks it and vitest runs it (analytics-sessions.test.ts).
const shown = ["examples/analytics-sessions.ts"];

describe("the session-windows lesson's code blocks", () => {
  it.each(shown)("%s appears in index.mdx exactly as in the file", (file) => {
    const code = readFileSync(join(here, file), "utf8").trimEnd();
    expect(blocks, `update the block for ${file} in index.mdx (or the file)`).toContain(code);
  });

  it("every block is one of the tested files, wrapped in <CodeBlock title>", () => {
    expect(blocks).toHaveLength(shown.length);
    const fences = mdx.match(/^```[\w-]*$/gm) ?? [];
    const titled = mdx.match(/<CodeBlock title="[^"]+">\n\n```/g) ?? [];
    expect(titled.length).toBe(fences.length / 2);
  });
});
