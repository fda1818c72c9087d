/**
 * Sections of the Session lesson the sandbox links to. One map, so an e2e test can check
 * every target still exists when the lesson's headings change.
 */
export const LESSON_LINKS = {
  whereStateLives: { href: "/lessons/session#where-session-state-lives", label: "Where session state lives" },
  opaqueId: { href: "/lessons/session#on-the-server-behind-an-opaque-id", label: "On the server, behind an opaque ID" },
  sealed: { href: "/lessons/session#in-the-cookie-sealed", label: "In the cookie, sealed" },
  jwt: { href: "/lessons/session#in-a-signed-token-jwt", label: "In a signed token: JWT" },
  attributes: { href: "/lessons/session#cookie-attributes-that-matter", label: "Cookie attributes that matter" },
  size: { href: "/lessons/session#size-4096-bytes", label: "Size: 4096 bytes" },
  timeouts: { href: "/lessons/session#idle-and-absolute-timeouts", label: "Idle and absolute timeouts" },
  regeneration: { href: "/lessons/session#regeneration-on-login-and-privilege-change", label: "Regeneration on login" },
  logout: { href: "/lessons/session#logout-and-signing-out-everywhere", label: "Logout, and signing out everywhere" },
  fixation: { href: "/lessons/session#session-fixation", label: "Session fixation" },
  scaling: { href: "/lessons/session#scaling-past-one-server", label: "Scaling past one server" },
  cookieInspector: { href: "/lessons/cookie-based-sessions#lab-cookie-inspector", label: "the Set-Cookie inspector" },
  jwtDebugger: { href: "/lessons/jwt-sessions#lab-jwt-debugger", label: "the JWT debugger" },
} as const;

export type LessonLinkId = keyof typeof LESSON_LINKS;
