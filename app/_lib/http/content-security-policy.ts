/**
 * The page policy every response carries in production (next.config.mjs sends it as a header).
 *
 * Scripts: the lesson pages are static, built once for everyone, so they cannot carry a per-response nonce,
 * and Next writes the page's data as inline <script> tags whose text differs per page. So inline scripts
 * stay allowed ('unsafe-inline'); what the policy does take away is every other source of script (no other
 * host, no eval, no plugins, no <base> hijack) and every way to send data elsewhere (connect-src, img-src,
 * form-action and frame-ancestors are this site only). A nonce-based policy would need every page rendered
 * per request.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  // Tailwind's and React's style attributes, and the diagrams' inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/** Sent with every response: the policy, plus the headers that go with it. */
export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The legacy twin of frame-ancestors, for browsers that predate it.
  { key: "X-Frame-Options", value: "DENY" },
];
