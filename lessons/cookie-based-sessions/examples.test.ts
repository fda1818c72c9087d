import { describeShownExamples } from "../shown-examples";

// The lesson shows this file verbatim; tsc type-checks it and vitest runs it (examples/*.test.ts).
describeShownExamples("the cookie-based sessions lesson's code blocks", import.meta.dirname, ["examples/signed-cookie.ts"]);
