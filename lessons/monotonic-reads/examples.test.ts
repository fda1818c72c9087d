import { describeShownExamples } from "../shown-examples";

// The lesson shows this file verbatim; tsc type-checks it and vitest runs it (read-your-writes.test.ts).
describeShownExamples("the monotonic-reads lesson's code blocks", import.meta.dirname, ["examples/read-your-writes.ts"], { onlyShown: true });
