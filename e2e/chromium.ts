/** Debian's Chromium: on our machines Playwright cannot download a browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Flags measured to work here (see shared notes, toolchain.md): without the background-networking ones,
 * Chromium's calls home are refused by the closed network, many at a time. Used by the e2e suite, the
 * diagram renderer and Lighthouse, so all three run the same browser the same way.
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
