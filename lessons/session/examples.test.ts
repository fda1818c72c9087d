import { describeShownExamples } from "../shown-examples";

// The lesson shows these files verbatim; tsc type-checks them and vitest runs them.
describeShownExamples("the lesson's code blocks", import.meta.dirname, ["examples/server-side/sessions.ts", "examples/sealed-cookie/route.ts"]);
