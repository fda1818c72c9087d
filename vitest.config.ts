import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["{app,components,content,lessons,bench}/**/*.test.ts"],
    environment: "node",
    // Store contract tests talk to the real Redis and SQLite; keep files from racing each other.
    fileParallelism: false,
    testTimeout: 20_000,
  },
});
