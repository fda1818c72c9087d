import { describeShownExamples } from "../shown-examples";

// The lesson shows this file verbatim; tsc type-checks it and vitest runs it (analytics-sessions.test.ts).
describeShownExamples("the session-windows lesson's code blocks", import.meta.dirname, ["examples/analytics-sessions.ts"], { onlyShown: true });
