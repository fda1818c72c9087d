import { describeShownExamples } from "../shown-examples";

// The lesson shows these files verbatim; tsc type-checks them and vitest runs them (examples/*.test.ts).
describeShownExamples("the JWT lesson's code blocks", import.meta.dirname, ["examples/verify-access-token.ts"]);
