/**
 * What an HTML document makes the browser load on first view, read from the markup alone.
 * Next's output is regular enough for a tag scanner; a full parser would be a new dependency.
 */

export type ScriptRef = { src: string; async: boolean; noModule: boolean };
export type InlineScript = { type: string | null; body: string };

export type HtmlAssets = {
  /** External scripts, in document order, noModule ones included but flagged. */
  scripts: ScriptRef[];
  /** Inline scripts: the theme snippet, Next's bootstrap and the RSC payload pushes. */
  inlineScripts: InlineScript[];
  stylesheets: string[];
  /** <img src> without loading="lazy", and icon links: what the first view fetches as images. */
  images: string[];
  /** <img loading="lazy" src>: fetched only near the viewport (and never while display:none). */
  lazyImages: string[];
  /** <link rel="preload" as="font">. */
  fonts: string[];
  /** Bytes of inline <style> bodies (SVG diagrams carry their own). */
  inlineStyleBytes: number;
  /** Inline <svg> blocks outside scripts, outermost only. */
  inlineSvgs: string[];
};

const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Attribute name → value (entities in values decoded; a bare attribute maps to ""). */
export function parseAttributes(tagSource: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const inner = tagSource.replace(/^<\s*[a-zA-Z][^\s/>]*/, "").replace(/\/?>$/, "");
  for (const match of inner.matchAll(ATTR)) {
    const name = match[1]?.toLowerCase();
    if (!name) continue;
    const value = match[2] ?? match[3] ?? match[4] ?? "";
    if (!attrs.has(name)) attrs.set(name, decodeEntities(value));
  }
  return attrs;
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

const SCRIPT_BLOCK = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The document with every <script>…</script> removed, so markup searches skip the RSC payload. */
export function withoutScripts(html: string): string {
  return html.replace(SCRIPT_BLOCK, "");
}

export function extractAssets(html: string): HtmlAssets {
  const scripts: ScriptRef[] = [];
  const inlineScripts: InlineScript[] = [];
  for (const match of html.matchAll(SCRIPT_BLOCK)) {
    const attrs = parseAttributes(`<script${match[1] ?? ""}>`);
    const src = attrs.get("src");
    if (src !== undefined && src !== "") {
      scripts.push({ src, async: attrs.has("async"), noModule: attrs.has("nomodule") });
    } else {
      inlineScripts.push({ type: attrs.get("type") ?? null, body: match[2] ?? "" });
    }
  }

  const markup = withoutScripts(html);
  const stylesheets: string[] = [];
  const images: string[] = [];
  const fonts: string[] = [];
  for (const match of markup.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = parseAttributes(match[0]);
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const href = attrs.get("href");
    if (!href) continue;
    if (rel.includes("stylesheet")) stylesheets.push(href);
    else if (rel.includes("icon") || rel.includes("apple-touch-icon")) images.push(href);
    else if (rel.includes("preload") && attrs.get("as") === "font") fonts.push(href);
  }
  const lazyImages: string[] = [];
  for (const match of markup.matchAll(/<img\b[^>]*>/gi)) {
    const attrs = parseAttributes(match[0]);
    const src = attrs.get("src");
    if (src) (attrs.get("loading") === "lazy" ? lazyImages : images).push(src);
  }

  let inlineStyleBytes = 0;
  for (const match of markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    inlineStyleBytes += Buffer.byteLength(match[1] ?? "");
  }

  return {
    scripts,
    inlineScripts,
    stylesheets: unique(stylesheets),
    images: unique(images),
    lazyImages: unique(lazyImages).filter((src) => !images.includes(src)),
    fonts: unique(fonts),
    inlineStyleBytes,
    inlineSvgs: outermostSvgs(markup),
  };
}

/** Scripts the browser runs: every external one except `nomodule` (modern browsers skip those). */
export function loadedScriptSources(assets: HtmlAssets): string[] {
  return unique(assets.scripts.filter((s) => !s.noModule).map((s) => s.src));
}

/** Inline scripts that are JavaScript (JSON-LD and other data blocks are not run). */
export function executableInlineScripts(inline: InlineScript[]): InlineScript[] {
  return inline.filter(
    (s) => s.type === null || s.type === "" || /^(text|application)\/(java|ecma)script$|^module$/i.test(s.type),
  );
}

/** Outermost <svg>…</svg> blocks, with nested <svg> elements kept inside their parent. */
export function outermostSvgs(markup: string): string[] {
  const found: string[] = [];
  const tag = /<(\/?)svg\b[^>]*?(\/?)>/gi;
  let depth = 0;
  let start = -1;
  for (const match of markup.matchAll(tag)) {
    const closing = match[1] === "/";
    const selfClosing = match[2] === "/";
    if (!closing) {
      if (depth === 0) start = match.index ?? 0;
      if (selfClosing) {
        if (depth === 0) found.push(match[0]);
        continue;
      }
      depth += 1;
    } else if (depth > 0) {
      depth -= 1;
      if (depth === 0 && start >= 0) {
        found.push(markup.slice(start, (match.index ?? 0) + match[0].length));
        start = -1;
      }
    }
  }
  return found;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
