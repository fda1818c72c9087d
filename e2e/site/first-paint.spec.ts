import { expect, test } from "./fixtures";
import { pages } from "./pages";

/**
 * A page whose HTML holds a streamed Suspense fallback paints the fallback first and then swaps the
 * real content in, so everything below it jumps (the sandbox's loading.tsx did this: CLS 0.88 in
 * Lighthouse). Every page here is fully rendered on the server, so none should need one.
 */
test("every page's HTML is the page itself, with no streamed fallback to swap out", async ({ request }) => {
  for (const { path } of pages) {
    const html = await (await request.get(path)).text();
    // Booleans, so a failure names the page instead of printing all of its HTML.
    expect(html.includes("<!--$?-->"), `${path} holds a pending Suspense boundary`).toBe(false);
    expect(/<div hidden id="S:\d+"/.test(html), `${path} keeps content waiting in a hidden div`).toBe(false);
  }
});
