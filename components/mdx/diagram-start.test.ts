import { describe, expect, it } from "vitest";
import { startsInTheMiddle } from "./diagram-start";

describe("startsInTheMiddle", () => {
  it("is true for state diagrams and top-down flowcharts", () => {
    expect(startsInTheMiddle("stateDiagram-v2\n  [*] --> a")).toBe(true);
    expect(startsInTheMiddle("%% comment\nflowchart TB\n a-->b")).toBe(true);
    expect(startsInTheMiddle("graph TD\n a-->b")).toBe(true);
  });
  it("is false for sequence diagrams and left-to-right flowcharts", () => {
    expect(startsInTheMiddle("sequenceDiagram\n a->>b: hi")).toBe(false);
    expect(startsInTheMiddle("flowchart LR\n a-->b")).toBe(false);
  });
});
