import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Next's recommended rules (with Core Web Vitals as errors) and typescript-eslint's recommended set. */
export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Dropping fields with rest destructuring (`const { exp: _exp, ...rest } = claims`) is how we omit them.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }],
    },
  },
  {
    files: ["components/labs/**/*.{ts,tsx}"],
    rules: {
      // A lab's page is static, so its state can only be read from the URL after hydration: setting state in
      // that one effect is the design, not a cascade (the first render must match the server's HTML).
      "react-hooks/set-state-in-effect": "off",
      // Labs read the clock to show tokens' and sessions' ages; a re-render that reads a newer time is correct.
      "react-hooks/purity": "off",
    },
  },
  {
    files: ["e2e/**/*.ts"],
    rules: {
      // Playwright fixtures receive a function named `use`; it is not React's `use` hook.
      "react-hooks/rules-of-hooks": "off",
    },
  },
  {
    files: ["**/*.test.ts"],
    rules: {
      // Component tests render with createElement in plain .ts; React's types want `children` in the props object there.
      "react/no-children-prop": "off",
    },
  },
  globalIgnores([".next/**", ".next-*/**", "next-env.d.ts", "bench/out/**", "data/**", "public/**", "test-results/**", "playwright-report/**"]),
]);
