/** Debian's Chromium: on our machines Playwright cannot download a browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Flags for a machine with no network beyond the npm registry: without the background-networking ones,
 * Chromium's calls home are refused, many at a time. Used by the e2e suite, the diagram renderer and
 * the bench's Lighthouse runs, so all three run the same browser the same way.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
