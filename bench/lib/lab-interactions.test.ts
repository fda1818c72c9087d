import { describe, expect, it } from "vitest";
import { evaluateGoals } from "./goals";
import { formatDuration, labInteractionTable, type LabInteractionRow } from "./lab-interactions";

const row = (interaction: string, durationsMs: (number | null)[]): LabInteractionRow => {
  const seen = durationsMs.filter((d): d is number => d !== null);
  return { slug: "demo", interaction, durationsMs, medianMs: seen.length ? seen.sort((a, b) => a - b)[Math.floor(seen.length / 2)]! : null, maxMs: seen.length ? Math.max(...seen) : null };
};

describe("lab interaction figures", () => {
  it("shows Chromium's 16 ms reporting floor as <16 and a missing figure as a dash", () => {
    expect(formatDuration(16)).toBe("<16");
    expect(formatDuration(17)).toBe("17");
    expect(formatDuration(null)).toBe("—");
  });

  it("judges each interaction on its slowest run against 100 ms", () => {
    const goals = evaluateGoals([], [], [], [row("add an event", [40, 99, 60]), row("run 1,000 operations", [40, 100, 60]), row("broken", [null])]);
    expect(goals.map((g) => g.met)).toEqual([true, false, null]);
    expect(goals[1]!.figure).toBe("max 100 ms over 3 runs");
  });

  it("marks a missed interaction in the table", () => {
    const table = labInteractionTable([row("fast", [16, 16, 20]), row("slow", [120, 90, 95])]);
    expect(table).toContain("| demo | fast | <16 | 20 | <16, <16, 20 | yes |");
    expect(table).toContain("| demo | slow | 95 | 120 | 120, 90, 95 | **no** |");
  });
});
