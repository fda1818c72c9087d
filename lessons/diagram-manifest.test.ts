import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  MANIFEST_PATH,
  diagramManifestSchema,
  diagramReferences,
  readAccessibility,
  sha256,
  svgSize,
} from "./diagram-manifest";

const root = join(import.meta.dirname, "..");
const rerender = "run `npm run diagrams` and commit public/diagrams/";

function lessonFolders(): string[] {
  return readdirSync(join(root, "lessons"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

function mermaidSources(): { id: string; path: string; text: string }[] {
  return lessonFolders().flatMap((lesson) => {
    const dir = join(root, "lessons", lesson, "diagrams");
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => file.endsWith(".mmd"))
      .map((file) => ({
        id: `${lesson}/${file.slice(0, -".mmd".length)}`,
        path: `lessons/${lesson}/diagrams/${file}`,
        text: readFileSync(join(dir, file), "utf8"),
      }));
  });
}

const manifest = diagramManifestSchema.parse(JSON.parse(readFileSync(join(root, MANIFEST_PATH), "utf8")));

describe("rendered diagrams", () => {
  it.each(mermaidSources())("$path was rendered from its current source", ({ id, path, text }) => {
    const entry = manifest.diagrams[id];
    expect(entry, `${path} has never been rendered: ${rerender}`).toBeDefined();
    expect(entry?.sourceSha256, `${path} changed since it was rendered: ${rerender}`).toBe(sha256(text));
    expect(entry?.title).toBe(readAccessibility(text, path).title);
  });

  it.each(Object.entries(manifest.diagrams))("%s has both SVGs, unedited and sized", (id, entry) => {
    for (const svg of [entry.light, entry.dark]) {
      const file = join(root, "public", svg.src);
      expect(existsSync(file), `${svg.src} is missing: ${rerender}`).toBe(true);
      const text = readFileSync(file, "utf8");
      expect(sha256(text), `${svg.src} differs from what the renderer wrote: ${rerender}`).toBe(svg.sha256);
      expect(svgSize(text)).toEqual({ width: svg.width, height: svg.height });
      // Mermaid's JavaScript must never reach the browser; a <script> in an SVG would be a sign of it.
      expect(text).not.toMatch(/<script/i);
    }
    expect(existsSync(join(root, entry.source)), `${id}: its source ${entry.source} was deleted: ${rerender}`).toBe(true);
  });

  it("every diagram a lesson references has been rendered", () => {
    const missing = lessonFolders().flatMap((lesson) => {
      const mdx = join(root, "lessons", lesson, "index.mdx");
      if (!existsSync(mdx)) return [];
      return diagramReferences(readFileSync(mdx, "utf8"))
        .filter((name) => !manifest.diagrams[name])
        .map((name) => `lessons/${lesson}/index.mdx → ${name}`);
    });
    expect(missing, `no SVG for: ${missing.join(", ")}`).toEqual([]);
  });
});

describe("readAccessibility", () => {
  it("reads one-line and block descriptions", () => {
    expect(readAccessibility("flowchart LR\n  accTitle: Title here\n  accDescr: Says what it shows\n", "a.mmd")).toEqual({
      title: "Title here",
      description: "Says what it shows",
    });
    expect(readAccessibility("graph TB\naccTitle: T1 title\naccDescr {\n  line one\n  line two\n}\n", "b.mmd")).toEqual({
      title: "T1 title",
      description: "line one line two",
    });
  });

  it("names the file when the text alternative is missing", () => {
    expect(() => readAccessibility("flowchart LR\n  accTitle: Only a title\n", "lessons/x/diagrams/y.mmd")).toThrow(
      /lessons\/x\/diagrams\/y\.mmd: add an "accDescr/,
    );
    expect(() => readAccessibility("flowchart LR\n  accDescr: Only a description\n", "z.mmd")).toThrow(/z\.mmd: add an "accTitle/);
  });
});

describe("svgSize and diagramReferences", () => {
  it("rounds the viewBox up to whole pixels", () => {
    expect(svgSize('<svg viewBox="-8 -8 700.2 400" xmlns="http://www.w3.org/2000/svg"></svg>')).toEqual({
      width: 701,
      height: 400,
    });
    expect(() => svgSize("<svg></svg>")).toThrow(/viewBox/);
  });

  it("finds the names passed to <Diagram>", () => {
    const mdx = '<Diagram name="session/a" caption="x" />\ntext\n<Diagram\n  name="session/b">\n';
    expect(diagramReferences(mdx)).toEqual(["session/a", "session/b"]);
  });
});
