import { executableInlineScripts, extractAssets, loadedScriptSources, type InlineScript } from "./html-assets";
import { findBuildTimeLibraries, referencedChunks, type LibraryHit } from "./library-signatures";
import { addSizes, sizeOf, ZERO, type Size } from "./sizes";
import { findDuplicatedSvgs, type SvgDuplicate } from "./svg-duplicates";

export type PageKind = "home" | "lesson" | "quiz" | "glossary" | "term" | "sandbox" | "not-found" | "baseline";

export type RouteSpec = { label: string; path: string; kind: PageKind; expectStatus: number };

export type FileSize = Size & { url: string };

export type PageWeight = {
  route: RouteSpec;
  status: number;
  html: Size;
  /** Script files the page loads (`<script src>`, noModule excluded), each gzipped on its own. */
  jsFiles: FileSize[];
  jsFilesTotal: Size;
  /** Inline scripts that are code: the theme snippet, Next's bootstrap. */
  inlineCode: Size;
  /** Inline `self.__next_f.push` scripts: the RSC payload, data that repeats the page for hydration. */
  rscPayload: Size;
  /** Everything in `<script>`: files + inline code + RSC payload. */
  jsTotal: Size;
  /** Code only: files + inline code, the figure the JS budget limits. */
  jsCode: Size;
  css: Size;
  cssFiles: number;
  /** Eager <img> and icons, each as served (gzip if the server compresses it). */
  images: Size & { count: number };
  lazyImages: Size & { count: number };
  inlineSvg: { count: number; raw: number };
  /** Chunks the loaded scripts can import later; searched for Mermaid/Shiki, not counted in first view. */
  lazyChunks: { count: number; raw: number };
  libraries: LibraryHit[];
  svgDuplicates: SvgDuplicate[];
};

/** Splits inline scripts into code and the RSC payload (the `self.__next_f` pushes). */
export function splitInlineScripts(inline: InlineScript[]): { code: Size; payload: Size } {
  const code: string[] = [];
  const payload: string[] = [];
  for (const script of executableInlineScripts(inline)) {
    (/^\s*\(?self\.__next_f\s*=|^\s*self\.__next_f\.push\(/.test(script.body) ? payload : code).push(script.body);
  }
  // Inline scripts travel in the HTML's one gzip stream, so they are compressed together.
  return { code: sizeOf(code.join("")), payload: sizeOf(payload.join("")) };
}

export type JsWeight = Pick<PageWeight, "jsFiles" | "jsFilesTotal" | "inlineCode" | "rscPayload" | "jsTotal" | "jsCode">;

/**
 * The JavaScript a page loads, from its HTML and the bodies of its script files (keyed by the
 * src as written): each non-noModule file once, gzipped on its own as it is sent, plus inline
 * scripts split into code and RSC payload.
 */
export function sumPageJs(html: string, fileBodies: Map<string, string | Uint8Array>): JsWeight {
  const assets = extractAssets(html);
  const jsFiles = loadedScriptSources(assets).map((src) => {
    const body = fileBodies.get(src);
    if (body === undefined) throw new Error(`no body for script ${src}`);
    return { url: src, ...sizeOf(body) };
  });
  const jsFilesTotal = addSizes(ZERO, ...jsFiles);
  const { code: inlineCode, payload: rscPayload } = splitInlineScripts(assets.inlineScripts);
  return {
    jsFiles,
    jsFilesTotal,
    inlineCode,
    rscPayload,
    jsTotal: addSizes(jsFilesTotal, inlineCode, rscPayload),
    jsCode: addSizes(jsFilesTotal, inlineCode),
  };
}

type Fetched = { status: number; body: Buffer };

async function get(url: string): Promise<Fetched> {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" }, redirect: "manual" });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

/** Fetches one page and everything its first view loads; caches assets shared between pages. */
export async function measurePage(
  base: string,
  route: RouteSpec,
  cache: Map<string, Fetched> = new Map(),
): Promise<PageWeight> {
  const page = await get(new URL(route.path, base).href);
  const html = page.body.toString("utf8");
  const assets = extractAssets(html);
  const fetchAsset = async (ref: string): Promise<Fetched & { url: string }> => {
    const url = new URL(ref, new URL(route.path, base)).href;
    let hit = cache.get(url);
    if (!hit) {
      hit = await get(url);
      cache.set(url, hit);
    }
    return { ...hit, url };
  };

  const sources = loadedScriptSources(assets);
  const scripts = await Promise.all(sources.map(fetchAsset));
  const js = sumPageJs(html, new Map(sources.map((src, i) => [src, scripts[i]?.body ?? Buffer.alloc(0)])));

  // Follow chunk references a few levels so a dynamically imported library is searched as well.
  const searched = new Map(scripts.map((s) => [new URL(s.url).pathname, s.body.toString("utf8")]));
  const lazy = new Map<string, string>();
  let frontier = [...searched.values()];
  for (let depth = 0; depth < 3 && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const body of frontier) {
      for (const chunk of referencedChunks(body)) {
        if (searched.has(chunk) || lazy.has(chunk)) continue;
        const fetched = await fetchAsset(chunk);
        if (fetched.status !== 200) continue;
        const text = fetched.body.toString("utf8");
        lazy.set(chunk, text);
        next.push(text);
      }
    }
    frontier = next;
  }
  const libraries = findBuildTimeLibraries(
    [...searched, ...lazy].map(([url, body]) => ({ url, body })),
  );

  const css = await Promise.all(assets.stylesheets.map(fetchAsset));
  const weighImages = async (refs: string[]) => {
    const fetched = await Promise.all(refs.map(fetchAsset));
    const sizes = fetched.filter((i) => i.status === 200).map((i) => sizeOf(i.body));
    return { ...addSizes(ZERO, ...sizes), count: refs.length };
  };

  return {
    route,
    status: page.status,
    html: sizeOf(html),
    ...js,
    css: addSizes(ZERO, ...css.map((c) => sizeOf(c.body))),
    cssFiles: css.length,
    images: await weighImages(assets.images),
    lazyImages: await weighImages(assets.lazyImages),
    inlineSvg: {
      count: assets.inlineSvgs.length,
      raw: assets.inlineSvgs.reduce((sum, svg) => sum + Buffer.byteLength(svg), 0),
    },
    lazyChunks: { count: lazy.size, raw: [...lazy.values()].reduce((sum, b) => sum + Buffer.byteLength(b), 0) },
    libraries,
    svgDuplicates: findDuplicatedSvgs(html),
  };
}
