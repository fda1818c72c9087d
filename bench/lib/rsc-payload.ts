import type { InlineScript } from "./html-assets";

/**
 * The React Server Components payload that Next inlines into an App Router page as
 * `self.__next_f.push([1,"…"])` scripts, decoded back to its text. Anything rendered by a
 * server component (an inlined SVG included) appears here a second time after the HTML.
 */
export function decodeFlightPayload(inlineScripts: InlineScript[]): string {
  const parts: string[] = [];
  const push = /self\.__next_f\.push\((\[[\s\S]*?\])\)\s*;?\s*$/;
  for (const script of inlineScripts) {
    const match = push.exec(script.body.trim());
    if (!match?.[1]) continue;
    let chunk: unknown;
    try {
      chunk = JSON.parse(match[1]);
    } catch {
      continue;
    }
    if (!Array.isArray(chunk)) continue;
    // [1, text] carries payload text; [3, base64] carries binary rows; [0] / [2, …] are bootstrap markers.
    if (chunk[0] === 1 && typeof chunk[1] === "string") parts.push(chunk[1]);
    else if (chunk[0] === 3 && typeof chunk[1] === "string") parts.push(Buffer.from(chunk[1], "base64").toString("utf8"));
  }
  return parts.join("");
}
