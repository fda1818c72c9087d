/**
 * Renders every lessons/<lesson>/diagrams/<name>.mmd to a light and a dark SVG in public/diagrams/<lesson>/
 * and records them in public/diagrams/manifest.json. Run with `npm run diagrams`; commit the output.
 *
 * Why at build time: client-side Mermaid costs ~650 kB gzip of JavaScript per page. Here Chromium
 * (Debian's, driven by playwright-core) runs Mermaid once, and the site serves plain images.
 * When no source, theme or Mermaid version changed, it exits without starting a browser.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../tools/chromium";
import {
  MANIFEST_PATH,
  diagramManifestSchema,
  readAccessibility,
  sha256,
  svgSize,
  type DiagramEntry,
  type DiagramManifest,
} from "./diagram-manifest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const mermaidScript = join(root, "node_modules/mermaid/dist/mermaid.min.js");
const mermaidVersion = (JSON.parse(readFileSync(join(root, "node_modules/mermaid/package.json"), "utf8")) as {
  version: string;
}).version;

// Metric-compatible with Arial everywhere (Liberation Sans on Linux), so labels measured here
// still fit their boxes when another machine draws the <img>.
const fontFamily = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/** Colours follow the site: slate neutrals, sky accent. Dark matches the figure's slate-900 panel. */
const themes = {
  light: {
    darkMode: false,
    background: "#ffffff",
    fontFamily,
    fontSize: "15px",
    primaryColor: "#e0f2fe",
    primaryBorderColor: "#0369a1",
    primaryTextColor: "#0f172a",
    secondaryColor: "#f1f5f9",
    tertiaryColor: "#f8fafc",
    lineColor: "#334155",
    textColor: "#0f172a",
    clusterBkg: "#f8fafc",
    clusterBorder: "#94a3b8",
    titleColor: "#0f172a",
    edgeLabelBackground: "#ffffff",
    noteBkgColor: "#fef9c3",
    noteTextColor: "#0f172a",
    noteBorderColor: "#a16207",
    actorBkg: "#e0f2fe",
    actorBorder: "#0369a1",
    actorTextColor: "#0f172a",
    actorLineColor: "#64748b",
    signalColor: "#1e293b",
    signalTextColor: "#0f172a",
    labelBoxBkgColor: "#f1f5f9",
    labelBoxBorderColor: "#64748b",
    labelTextColor: "#0f172a",
    loopTextColor: "#0f172a",
    sequenceNumberColor: "#ffffff",
  },
  dark: {
    darkMode: true,
    background: "#0f172a",
    fontFamily,
    fontSize: "15px",
    primaryColor: "#0c4a6e",
    primaryBorderColor: "#38bdf8",
    primaryTextColor: "#f1f5f9",
    secondaryColor: "#1e293b",
    tertiaryColor: "#1e293b",
    lineColor: "#cbd5e1",
    textColor: "#f1f5f9",
    clusterBkg: "#1e293b",
    clusterBorder: "#64748b",
    titleColor: "#f1f5f9",
    edgeLabelBackground: "#0f172a",
    noteBkgColor: "#422006",
    noteTextColor: "#fef9c3",
    noteBorderColor: "#facc15",
    actorBkg: "#0c4a6e",
    actorBorder: "#38bdf8",
    actorTextColor: "#f1f5f9",
    actorLineColor: "#94a3b8",
    signalColor: "#e2e8f0",
    signalTextColor: "#f1f5f9",
    labelBoxBkgColor: "#1e293b",
    labelBoxBorderColor: "#94a3b8",
    labelTextColor: "#f1f5f9",
    loopTextColor: "#f1f5f9",
    sequenceNumberColor: "#0f172a",
  },
} as const;

type Variant = keyof typeof themes;


type Source = { id: string; lesson: string; name: string; file: string; text: string };

function findSources(): Source[] {
  const lessonsDir = join(root, "lessons");
  const sources: Source[] = [];
  for (const lesson of readdirSync(lessonsDir).sort()) {
    const dir = join(lessonsDir, lesson, "diagrams");
    if (!existsSync(dir)) continue;
    for (const fileName of readdirSync(dir).sort()) {
      if (!fileName.endsWith(".mmd")) continue;
      const name = fileName.slice(0, -".mmd".length);
      const file = join(dir, fileName);
      sources.push({ id: `${lesson}/${name}`, lesson, name, file, text: readFileSync(file, "utf8") });
    }
  }
  return sources;
}

function readManifest(): DiagramManifest | undefined {
  const path = join(root, MANIFEST_PATH);
  if (!existsSync(path)) return undefined;
  const parsed = diagramManifestSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  return parsed.success ? parsed.data : undefined;
}

function publicFile(src: string): string {
  return join(root, "public", src);
}

function isFresh(source: Source, entry: DiagramEntry | undefined): boolean {
  if (!entry || entry.sourceSha256 !== sha256(source.text)) return false;
  return [entry.light, entry.dark].every(
    (svg) => existsSync(publicFile(svg.src)) && sha256(readFileSync(publicFile(svg.src))) === svg.sha256,
  );
}

/** Runs in the page: renders one diagram and returns well-formed, fixed-size SVG XML. */
async function renderInPage(args: { id: string; code: string; theme: Record<string, unknown> }): Promise<string> {
  type Mermaid = {
    initialize: (config: Record<string, unknown>) => void;
    render: (id: string, code: string) => Promise<{ svg: string }>;
  };
  const mermaid = (globalThis as unknown as { mermaid: Mermaid }).mermaid;
  mermaid.initialize({
    startOnLoad: false,
    theme: "base",
    themeVariables: args.theme,
    // Plain SVG <text>: foreignObject HTML labels do not render reliably inside <img>.
    htmlLabels: false,
    // Lines break where the source has <br/>, not where Mermaid guesses.
    markdownAutoWrap: false,
    securityLevel: "strict",
    deterministicIds: true,
    deterministicIDSeed: args.id,
    // Edge labels sit on their lines; Mermaid's half-transparent label background lets the line show through.
    themeCSS: ".edgeLabel rect { opacity: 1 !important; }",
    sequence: {
      useMaxWidth: false,
      mirrorActors: true,
      actorFontFamily: args.theme.fontFamily,
      noteFontFamily: args.theme.fontFamily,
      messageFontFamily: args.theme.fontFamily,
      actorMargin: 40,
    },
    flowchart: { useMaxWidth: false, padding: 12, wrappingWidth: 400 },
    state: { useMaxWidth: false },
  });
  const { svg } = await mermaid.render(args.id, args.code);
  // Mermaid returns HTML-serialised markup; re-serialise as XML so the file is a valid standalone image.
  const doc = new DOMParser().parseFromString(svg, "text/html");
  const element = doc.querySelector("svg");
  if (!element) throw new Error(`${args.id}: Mermaid returned no <svg>`);
  const [, , width, height] = (element.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  if (!width || !height) throw new Error(`${args.id}: Mermaid returned an SVG without a viewBox`);
  element.setAttribute("width", String(Math.ceil(width)));
  element.setAttribute("height", String(Math.ceil(height)));
  element.removeAttribute("style");
  return new XMLSerializer().serializeToString(element) + "\n";
}

// Any change to the themes, the in-page renderer or Mermaid's version re-renders every diagram.
const rendererKey = sha256(JSON.stringify({ mermaidVersion, themes, render: renderInPage.toString() })).slice(0, 16);

async function main(): Promise<void> {
  const sources = findSources();
  const previous = readManifest();
  const reuse = previous?.rendererKey === rendererKey ? previous.diagrams : {};
  const stale = sources.filter((source) => !isFresh(source, reuse[source.id]));

  const diagrams: DiagramManifest["diagrams"] = {};
  for (const source of sources) {
    const entry = reuse[source.id];
    if (entry && !stale.includes(source)) diagrams[source.id] = entry;
  }

  if (stale.length > 0) {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      await page.setContent("<!doctype html><html><head></head><body></body></html>");
      await page.addScriptTag({ path: mermaidScript });
      for (const source of stale) {
        const { title, description } = readAccessibility(source.text, relative(root, source.file));
        const outDir = join(root, "public/diagrams", source.lesson);
        mkdirSync(outDir, { recursive: true });
        const rendered = {} as Record<Variant, DiagramEntry["light"]>;
        for (const variant of Object.keys(themes) as Variant[]) {
          // One id per diagram and variant: each SVG scopes its <style> to its own root id.
          const id = `${source.lesson}-${source.name}${variant === "dark" ? "-dark" : ""}`;
          const svg = await page.evaluate(renderInPage, { id, code: source.text, theme: { ...themes[variant] } });
          const fileName = `${source.name}${variant === "dark" ? ".dark" : ""}.svg`;
          writeFileSync(join(outDir, fileName), svg);
          rendered[variant] = {
            src: `/diagrams/${source.lesson}/${fileName}`,
            ...svgSize(svg),
            sha256: sha256(svg),
          };
        }
        diagrams[source.id] = {
          source: relative(root, source.file),
          sourceSha256: sha256(source.text),
          title,
          description,
          light: rendered.light,
          dark: rendered.dark,
        };
        console.log(`rendered ${source.id} (${rendered.light.width}×${rendered.light.height})`);
      }
    } finally {
      await browser.close();
    }
  }

  // Drop the SVGs of diagrams whose source was deleted.
  for (const [id, entry] of Object.entries(previous?.diagrams ?? {})) {
    if (diagrams[id]) continue;
    for (const svg of [entry.light, entry.dark]) rmSync(publicFile(svg.src), { force: true });
  }

  const manifest: DiagramManifest = { rendererKey, diagrams };
  const text = JSON.stringify(manifest, null, 2) + "\n";
  const manifestFile = join(root, MANIFEST_PATH);
  if (!existsSync(manifestFile) || readFileSync(manifestFile, "utf8") !== text) writeFileSync(manifestFile, text);
  console.log(`${sources.length} diagrams: ${stale.length} rendered, ${sources.length - stale.length} up to date`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
