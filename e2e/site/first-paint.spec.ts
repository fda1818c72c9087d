import { createRequire } from "node:module";
import { expect, test } from "./fixtures";
import { pages } from "./pages";

/**
 * A page whose HTML holds a streamed Suspense fallback paints the fallback first and then swaps the
 * real content in, so everything below it jumps (the sandbox's loading.tsx did this: CLS 0.88 in
 * Lighthouse). Every page here is fully rendered on the server, so none should need one.
 */

/** React's marks for a streamed boundary: the pending-boundary comment, and the hidden div the late content waits in. */
function streamed(html: string) {
  return { pendingBoundary: html.includes("<!--$?-->"), hiddenContent: /<div hidden id="S:\d+"/.test(html) };
}

// The React that Next bundles and renders our pages with (not the app's own copy): if its marks change,
// the control below fails instead of every page passing for the wrong reason.
const requireFromHere = createRequire(import.meta.url);
const React = requireFromHere("next/dist/compiled/react") as typeof import("react");
const { renderToReadableStream } = requireFromHere("next/dist/compiled/react-dom/server.edge") as typeof import("react-dom/server.edge");

test("control: the check finds a streamed fallback in HTML from the React that Next renders with", async () => {
  let release!: () => void;
  const data = new Promise<void>((resolve) => (release = resolve));
  function Late() {
    React.use(data);
    return React.createElement("p", null, "The real content");
  }
  const fallback = React.createElement("p", null, "Loading…");
  const stream = await renderToReadableStream(React.createElement("main", null, React.createElement(React.Suspense, { fallback }, React.createElement(Late))));
  // The shell (with the fallback) is out; now the content arrives, streamed after it.
  release();
  const html = await new Response(stream).text();
  expect(html).toContain("The real content");
  expect(streamed(html)).toEqual({ pendingBoundary: true, hiddenContent: true });
});

for (const { name, path } of pages) {
  test(`${name}: the HTML is the page itself, with no streamed fallback to swap out`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    expect(html).toContain("<h1");
    // Booleans, so a failure names the mark instead of printing all of the HTML.
    expect(streamed(html)).toEqual({ pendingBoundary: false, hiddenContent: false });
  });
}
