import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { findBuildTimeLibraries, referencedChunks } from "./library-signatures";

const require = createRequire(import.meta.url);

/** What a bundler would ship if a client component imported the library: minified, names mangled. */
async function minified(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("findBuildTimeLibraries", () => {
  it("recognises Mermaid's own minified browser build", () => {
    const body = readFileSync(require.resolve("mermaid/dist/mermaid.min.js"), "utf8");
    const hits = findBuildTimeLibraries([{ url: "/_next/static/chunks/m.js", body }]);
    expect(hits.map((h) => h.library)).toEqual(["mermaid"]);
  });

  it("recognises Shiki's highlighter core after minification", async () => {
    const body = await minified('export { createHighlighterCore } from "shiki/core";');
    expect(findBuildTimeLibraries([{ url: "/s.js", body }]).map((h) => h.library)).toEqual(["shiki"]);
  });

  it("adds up signatures across chunks a bundler split the library into", () => {
    const hits = findBuildTimeLibraries([
      { url: "/a.js", body: 'var e={securityLevel:"strict"}' },
      { url: "/b.js", body: 'case"sequenceDiagram":' },
    ]);
    expect(hits).toEqual([{ library: "mermaid", files: ["/a.js", "/b.js"], signatures: ["securityLevel", "sequenceDiagram"] }]);
  });

  it("passes React's client runtime and a single mention in prose", () => {
    const react = readFileSync(path.join(path.dirname(require.resolve("react-dom/package.json")), "cjs/react-dom-client.production.js"), "utf8");
    expect(findBuildTimeLibraries([{ url: "/r.js", body: react }, { url: "/p.js", body: '"drawn with flowchart-v2"' }])).toEqual([]);
  });
});

describe("referencedChunks", () => {
  it("finds chunk paths a runtime can load later, with or without the /_next prefix", () => {
    const body = 'e.A(123,()=>["static/chunks/0ab1c2d3.js","/_next/static/chunks/app/page-9f.js"]);x="static/media/a.png"';
    expect(referencedChunks(body)).toEqual(["/_next/static/chunks/0ab1c2d3.js", "/_next/static/chunks/app/page-9f.js"]);
  });
});
