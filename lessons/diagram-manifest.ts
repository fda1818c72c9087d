import { createHash } from "node:crypto";
import { z } from "zod";

/**
 * Diagrams are authored as Mermaid in `lessons/<lesson>/diagrams/<name>.mmd` and rendered to SVG by
 * `npm run diagrams` (lessons/render-diagrams.ts). The manifest records what was rendered from which
 * source, so a test can tell when a source changed without a re-render, and so the <Diagram>
 * component knows each image's size and text alternative without reading the SVG.
 */

const renderedSvgSchema = z.object({
  /** Public URL path of the SVG, e.g. /diagrams/session/login-sequence.svg */
  src: z.string().startsWith("/diagrams/"),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** SHA-256 of the SVG file, so a hand-edited SVG is caught too. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const diagramEntrySchema = z.object({
  /** Repository path of the Mermaid source. */
  source: z.string().endsWith(".mmd"),
  /** SHA-256 of the source text the SVGs were rendered from. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** From the source's accTitle. */
  title: z.string().min(5),
  /** From the source's accDescr: the full text alternative. */
  description: z.string().min(40),
  light: renderedSvgSchema,
  dark: renderedSvgSchema,
});

export const diagramManifestSchema = z.object({
  /** Changes when the renderer or its themes change, forcing a full re-render. */
  rendererKey: z.string().min(8),
  /** Keyed by "<lesson>/<name>", the id lessons pass to <Diagram name="…">. */
  diagrams: z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/), diagramEntrySchema),
});

export type DiagramEntry = z.infer<typeof diagramEntrySchema>;
export type DiagramManifest = z.infer<typeof diagramManifestSchema>;

/** Repository-relative path of the manifest; the SVGs sit beside it, one folder per lesson. */
export const MANIFEST_PATH = "public/diagrams/manifest.json";

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

export type Accessibility = { title: string; description: string };

/**
 * Reads Mermaid's `accTitle: …` and `accDescr: …` (or `accDescr { … }` over several lines).
 * Throws, naming the file, when either is missing: a diagram without a text alternative must not ship.
 */
export function readAccessibility(source: string, file: string): Accessibility {
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1];
  const line = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1];
  const description = (block ?? line)?.replace(/\s+/g, " ").trim();
  if (!title) throw new Error(`${file}: add an "accTitle: …" line (the diagram's accessible name)`);
  if (!description) throw new Error(`${file}: add an "accDescr: …" line saying what the diagram shows`);
  return { title, description };
}

/** Width and height in CSS pixels from an SVG root's viewBox (Mermaid always writes one). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const viewBox = /viewBox="([^"]+)"/.exec(root)?.[1];
  const parts = viewBox?.trim().split(/[\s,]+/).map(Number);
  const [, , width, height] = parts ?? [];
  if (!width || !height || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw new Error("SVG has no usable viewBox");
  }
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

/** The names lessons reference as <Diagram name="lesson/name" …>, in order of appearance. */
export function diagramReferences(mdx: string): string[] {
  return [...mdx.matchAll(/<Diagram\b[^>]*\bname="([^"]+)"/g)].map((match) => match[1] ?? "");
}
