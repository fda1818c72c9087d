/** Builders for HTML shaped like Next 16's App Router output, for the bench's unit tests. */

/** One `self.__next_f.push([1, text])` script, escaped the way Next escapes it. */
export function flightScript(text: string): string {
  const json = JSON.stringify([1, text]).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  return `<script>self.__next_f.push(${json})</script>`;
}

export function nextPage({ body = "", flight = [], head = "" }: { body?: string; flight?: string[]; head?: string }): string {
  return [
    "<!DOCTYPE html><html lang=\"en\"><head><meta charSet=\"utf-8\"/>",
    '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    '<script src="/_next/static/chunks/main.js" async=""></script>',
    head,
    "<script>try{var t=localStorage.getItem(\"theme\")}catch(e){}</script>",
    '<link rel="icon" href="/icon.svg?abc" type="image/svg+xml" sizes="any"/>',
    "</head><body>",
    body,
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    ...flight.map(flightScript),
    "</body></html>",
  ].join("");
}

/** A Mermaid-like diagram of roughly `bytes` bytes, with an id-scoped style and long path data. */
export function diagramSvg(id: string, bytes = 1500): string {
  const path = `M${id.length},10L20,30` + "L40,50C60,70,80,90,100,110".repeat(Math.ceil(bytes / 30));
  return (
    `<svg id="${id}" aria-roledescription="flowchart-v2" role="graphics-document document" viewBox="0 0 400 300">` +
    `<title>Login round trip ${id}</title>` +
    `<style>#${id}{font-family:"trebuchet ms",verdana,arial,sans-serif;font-size:16px;fill:#333;}</style>` +
    `<path d="${path}" class="flowchart-link"/></svg>`
  );
}
