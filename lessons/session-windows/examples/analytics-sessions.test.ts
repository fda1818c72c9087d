import { describe, expect, it } from "vitest";
import { adobeVisit, ga4Web, sessionsOf } from "./analytics-sessions";

const min = 60_000;

describe("sessionsOf, the lesson's analytics example", () => {
  it("a pause of exactly 30 minutes keeps the session; one of 30 minutes and 1 ms starts a new one", () => {
    expect(sessionsOf([0, 30 * min], ga4Web)).toEqual([[0, 30 * min]]);
    expect(sessionsOf([0, 30 * min + 1], ga4Web)).toHaveLength(2);
  });

  it("sorts hits first, so arrival order does not matter", () => {
    expect(sessionsOf([50 * min, 0, 10 * min], ga4Web)).toEqual([[0, 10 * min], [50 * min]]);
  });

  it("Adobe ends a visit after 12 hours of activity; GA4 keeps going", () => {
    const everyTenMinutes = Array.from({ length: 13 * 6 }, (_, i) => i * 10 * min);
    expect(sessionsOf(everyTenMinutes, ga4Web)).toHaveLength(1);
    expect(sessionsOf(everyTenMinutes, adobeVisit).map((s) => s.length)).toEqual([73, 5]);
  });

  it("Adobe starts a new visit after 2,500 hits", () => {
    const hits = Array.from({ length: 2_600 }, (_, i) => i * 1000);
    expect(sessionsOf(hits, adobeVisit).map((s) => s.length)).toEqual([2_500, 100]);
  });
});
