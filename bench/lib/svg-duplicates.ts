import { decodeEntities, extractAssets, outermostSvgs, parseAttributes } from "./html-assets";
import { decodeFlightPayload } from "./rsc-payload";

/** Icons are small and every server-rendered element is in the RSC payload; diagrams are what we weigh. */
export const DIAGRAM_MIN_BYTES = 1000;

export type SvgDuplicate = {
  /** How to find it in the page: its id, aria-label or first bytes. */
  label: string;
  bytes: number;
  where: "html-twice" | "html-and-rsc" | "rsc-twice";
};

/** An inline SVG counts as a diagram when it is big or says it is one (Mermaid sets aria-roledescription). */
export function isDiagramSvg(svg: string): boolean {
  if (Buffer.byteLength(svg) >= DIAGRAM_MIN_BYTES) return true;
  const open = svg.match(/^<svg\b[^>]*>/i)?.[0] ?? "";
  return /\baria-roledescription\s*=/i.test(open);
}

/**
 * Strings that identify one SVG wherever React puts it: long attribute values (path data,
 * transforms, ids) and <style> bodies survive both as markup in a `dangerouslySetInnerHTML`
 * string and as props of a serialised element tree.
 */
export function svgFingerprints(svg: string, minLength = 24): string[] {
  const values = new Set<string>();
  for (const tag of svg.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const [name, value] of parseAttributes(tag[0])) {
      if (name === "xmlns" || name.startsWith("xmlns:") || /^https?:\/\//.test(value)) continue;
      if (name === "class" || name === "style" || name === "classname") continue;
      if (value.length >= minLength) values.add(value);
    }
  }
  for (const style of svg.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    const body = decodeEntities(style[1] ?? "").trim();
    if (body.length >= minLength) values.add(body.slice(0, 120));
  }
  // Longest first: the most distinctive; three are enough to recognise a diagram.
  return [...values].sort((a, b) => b.length - a.length).slice(0, 3);
}

function count(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n += 1;
  return n;
}

function labelOf(svg: string): string {
  const attrs = parseAttributes(svg.match(/^<svg\b[^>]*>/i)?.[0] ?? "<svg>");
  const name = attrs.get("id") ?? attrs.get("aria-label") ?? attrs.get("aria-labelledby");
  if (name) return name;
  const title = svg.match(/<title\b[^>]*>([^<]{1,80})/i)?.[1];
  return title ? `"${decodeEntities(title)}"` : svg.slice(0, 60);
}

/**
 * Finds diagrams sent twice in one HTML response: the same markup twice in the document,
 * an inline SVG repeated in the RSC payload, or one diagram twice in the payload.
 */
export function findDuplicatedSvgs(html: string): SvgDuplicate[] {
  const assets = extractAssets(html);
  const flight = decodeFlightPayload(assets.inlineScripts);
  const diagrams = assets.inlineSvgs.filter(isDiagramSvg);
  const findings: SvgDuplicate[] = [];
  const seen = new Map<string, number>();
  for (const svg of diagrams) seen.set(svg, (seen.get(svg) ?? 0) + 1);

  for (const [svg, times] of seen) {
    const base = { label: labelOf(svg), bytes: Buffer.byteLength(svg) };
    if (times > 1) findings.push({ ...base, where: "html-twice" });
    const prints = svgFingerprints(svg);
    const inFlight = prints.length > 0 ? Math.max(...prints.map((p) => count(flight, p))) : count(flight, svg);
    if (inFlight > 0) findings.push({ ...base, where: "html-and-rsc" });
  }

  // Markup strings inside the payload (dangerouslySetInnerHTML) that repeat, inlined in the HTML or not.
  const flightMarkup = flight.replace(/\\"/g, '"').replace(/\\n/g, "\n");
  const inPayload = new Map<string, number>();
  for (const svg of outermostSvgs(flightMarkup).filter(isDiagramSvg)) inPayload.set(svg, (inPayload.get(svg) ?? 0) + 1);
  for (const [svg, times] of inPayload) {
    if (times > 1) findings.push({ label: labelOf(svg), bytes: Buffer.byteLength(svg), where: "rsc-twice" });
  }
  return findings;
}

export function describeDuplicate(d: SvgDuplicate): string {
  const what = {
    "html-twice": "appears twice in the HTML",
    "html-and-rsc": "is inlined in the HTML and sent again in the RSC payload",
    "rsc-twice": "appears twice in the RSC payload",
  }[d.where];
  return `diagram SVG ${d.label} (${d.bytes} bytes) ${what}`;
}
