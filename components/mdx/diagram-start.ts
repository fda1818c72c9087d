/**
 * Where a narrow screen should start showing a diagram that scrolls sideways. A state diagram or a
 * top-to-bottom flowchart starts at its top middle (Mermaid centres the first state above the rest), so
 * scrolled to its left edge a phone shows blank space; a sequence diagram or a left-to-right flowchart
 * starts at its left edge, which is where the scroller already is.
 */
export function startsInTheMiddle(mermaidSource: string): boolean {
  const first = mermaidSource
    .split("\n")
    .map((line) => line.trim())
    .find((line) => line !== "" && !line.startsWith("%%"));
  return /^(stateDiagram(-v2)?|(flowchart|graph)\s+(TB|TD))\b/.test(first ?? "");
}
