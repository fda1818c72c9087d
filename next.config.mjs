import createMDX from "@next/mdx";

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx", "md", "mdx"],
  // Lets a second build (a benchmark, a parallel test run) use its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["ioredis"],
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
