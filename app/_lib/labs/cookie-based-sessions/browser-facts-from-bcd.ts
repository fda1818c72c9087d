import bcd from "@mdn/browser-compat-data";
import type { BrowserFacts, FeatureFact, FeatureId } from "./browser-facts";

/**
 * Reads the support facts the inspector needs from @mdn/browser-compat-data, for each browser's current
 * release. The lab ships the result (browser-facts.ts), not the 10 MB dataset; browser-facts.test.ts
 * recomputes it from the installed package and fails when they differ.
 */
const FEATURES: Record<FeatureId, string[]> = {
  laxDefault: ["SameSite", "Lax_default"],
  noneRequiresSecure: ["SameSite", "none_requires_secure"],
  schemefulSameSite: ["SameSite", "schemeful"],
  hostSecurePrefixes: ["host_secure_prefixes"],
  httpPrefixes: ["http_host-http_prefixes"],
  partitioned: ["Partitioned"],
};

const BROWSERS = { chromium: "chrome", firefox: "firefox", safari: "safari" } as const;

type Statement = { version_added: string | boolean | null; version_removed?: string | boolean | null; flags?: unknown[]; partial_implementation?: boolean; notes?: string | string[] };

function versionNumber(version: string): number[] {
  return version.replace(/^≤/, "").split(".").map(Number);
}
function atMost(a: string, b: string): boolean {
  const x = versionNumber(a);
  const y = versionNumber(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return true;
}

function fact(statements: Statement | Statement[], current: string): FeatureFact {
  const list = Array.isArray(statements) ? statements : [statements];
  for (const s of list) {
    if (typeof s.version_added !== "string" || s.partial_implementation) continue;
    if (!atMost(s.version_added, current)) continue;
    if (typeof s.version_removed === "string" && atMost(s.version_removed, current)) continue;
    if (s.flags?.length) return { supported: false, since: null, behindFlag: true };
    return { supported: true, since: s.version_added.replace(/^≤/, ""), behindFlag: false };
  }
  return { supported: false, since: null, behindFlag: list.some((s) => !!s.flags?.length) };
}

export function browserFactsFromBcd(): BrowserFacts {
  const setCookie = bcd.http.headers?.["Set-Cookie"] as unknown as Record<string, unknown>;
  const out = { bcdVersion: bcd.__meta.version, browsers: {} } as BrowserFacts;
  for (const [ours, theirs] of Object.entries(BROWSERS) as [keyof typeof BROWSERS, (typeof BROWSERS)[keyof typeof BROWSERS]][]) {
    const releases = bcd.browsers[theirs].releases;
    const current = Object.entries(releases).find(([, r]) => r.status === "current")?.[0] ?? "0";
    const features = {} as Record<FeatureId, FeatureFact>;
    for (const [id, path] of Object.entries(FEATURES) as [FeatureId, string[]][]) {
      let node: unknown = setCookie;
      for (const key of path) node = (node as Record<string, unknown>)[key];
      const support = (node as { __compat: { support: Record<string, Statement | Statement[]> } }).__compat.support[theirs];
      features[id] = support ? fact(support, current) : { supported: false, since: null, behindFlag: false };
    }
    out.browsers[ours] = { release: current, features };
  }
  return out;
}
