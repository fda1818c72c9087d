import createMDX from "@next/mdx";
import { SECURITY_HEADERS } from "./app/_lib/http/content-security-policy.ts";

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx", "md", "mdx"],
  // Lets a second build (a benchmark, a parallel test run) use its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["ioredis"],
  // The development server needs eval for Fast Refresh, so the policy applies to production builds only.
  async headers() {
    if (process.env.NODE_ENV !== "production") return [];
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

const withMDX = createMDX({
  options: {
    // Turbopack needs plugins by package name with JSON-serialisable options.
    remarkPlugins: [],
    rehypePlugins: [
      ["rehype-slug"],
      [
        "@shikijs/rehype",
        {
          themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
          defaultColor: false,
        },
      ],
    ],
  },
});

export default withMDX(nextConfig);
