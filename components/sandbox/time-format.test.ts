import { describe, expect, it } from "vitest";
import { formatClock, formatNumericDate, formatRemaining, relativeTo } from "./time-format";

describe("time formatting", () => {
  it("formats remaining time, rounding up and never below zero", () => {
    expect(formatRemaining(65_000)).toBe("1:05");
    expect(formatRemaining(400)).toBe("0:01");
    expect(formatRemaining(-5_000)).toBe("0:00");
    expect(formatRemaining(3_725_000)).toBe("1:02:05");
  });

  it("formats NumericDate claims in UTC and relative times both ways", () => {
    expect(formatNumericDate(0)).toBe("1970-01-01 00:00:00 UTC");
    expect(relativeTo(10_000, 0)).toBe("in 0:10");
    expect(relativeTo(0, 10_000)).toBe("0:10 ago");
  });

  it("gives clock times in UTC, as the server's explanations do", () => {
    expect(formatClock(Date.UTC(2026, 10, 28, 19, 1, 4, 900))).toBe("19:01:04 UTC");
  });
});
