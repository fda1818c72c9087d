import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * What every lesson's examples.test.ts checks: each example file the lesson shows appears in its index.mdx
 * verbatim, so the code on the page is the code tsc type-checks and the tests run; and every fenced block sits in
 * a `<CodeBlock title>`. With `onlyShown`, every block must be one of the shown files (no untested code).
 */
export function describeShownExamples(title: string, lessonDir: string, shown: readonly string[], { onlyShown = false } = {}): void {
  const mdx = readFileSync(join(lessonDir, "index.mdx"), "utf8");
  const blocks = [...mdx.matchAll(/^```[\w-]*\n([\s\S]*?)\n```$/gm)].map((match) => match[1] ?? "");

  describe(title, () => {
    it.each(shown)("%s appears in index.mdx exactly as in the file", (file) => {
      const code = readFileSync(join(lessonDir, file), "utf8").trimEnd();
      expect(blocks, `update the block for ${file} in index.mdx (or the file)`).toContain(code);
    });

    it(onlyShown ? "every block is one of the tested files, wrapped in <CodeBlock title>" : "every block is wrapped in <CodeBlock title>", () => {
      if (onlyShown) expect(blocks).toHaveLength(shown.length);
      const fences = mdx.match(/^```[\w-]*$/gm) ?? []; // opening and closing
      const titled = mdx.match(/<CodeBlock title="[^"]+">\n\n```/g) ?? [];
      expect(titled.length).toBe(fences.length / 2);
    });
  });
}
