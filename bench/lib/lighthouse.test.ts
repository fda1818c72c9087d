import { describe, expect, it } from "vitest";
import { parseLighthouse } from "./lighthouse";
import { summarise } from "./lighthouse-summary";

const category = (score: number, ids: string[]) => ({ score, auditRefs: ids.map((id) => ({ id, weight: 1 })) });
const report = {
  categories: {
    performance: category(0.747, ["largest-contentful-paint", "total-blocking-time"]),
    accessibility: category(1, []),
    "best-practices": category(0.96, ["errors-in-console"]),
    seo: category(0.6, ["is-crawlable"]),
  },
  audits: {
    "largest-contentful-paint": { score: 0.5, numericValue: 3170, title: "LCP", scoreDisplayMode: "numeric" },
    "total-blocking-time": { score: 0.95, numericValue: 120.4, title: "TBT", scoreDisplayMode: "numeric" },
    "cumulative-layout-shift": { score: 1, numericValue: 0.01, title: "CLS", scoreDisplayMode: "numeric" },
    "errors-in-console": { score: 0, title: "Errors", scoreDisplayMode: "binary" },
    "is-crawlable": { score: null, title: "Crawlable", scoreDisplayMode: "error" },
    "dom-size": { score: 1, numericValue: 2399, title: "DOM", scoreDisplayMode: "numeric" },
    "network-requests": {
      score: null,
      title: "Requests",
      scoreDisplayMode: "informative",
      details: { items: [{ resourceType: "Script", transferSize: 100 }, { resourceType: "Script", transferSize: 50 }, { transferSize: 7 }] },
    },
    "mainthread-work-breakdown": {
      score: 1,
      title: "Main thread",
      scoreDisplayMode: "numeric",
      details: { items: [{ groupLabel: "Style & Layout", duration: 1494.6 }] },
    },
  },
};

describe("parseLighthouse", () => {
  const run = parseLighthouse(report);

  it("reads scores as 0–100 and the metrics in ms", () => {
    expect(run).toMatchObject({ performance: 75, accessibility: 100, bestPractices: 96, seo: 60, lcpMs: 3170, tbtMs: 120.4, cls: 0.01, domSize: 2399 });
    expect(run.mainThread).toEqual({ "Style & Layout": 1495 });
  });

  it("sums transfer by resource type and lists weighted audits under 0.9, not errored ones", () => {
    expect(run.transfer).toEqual({ Script: 150, Other: 7 });
    expect(run.failedAudits).toEqual(["errors-in-console (0)", "largest-contentful-paint (0.5)"]);
  });

  it("refuses a report whose run failed", () => {
    expect(() => parseLighthouse({ ...report, runtimeError: { message: "NO_FCP" } })).toThrow(/NO_FCP/);
  });
});

describe("summarise", () => {
  it("takes each metric's median separately and names failed audits once", () => {
    const runs = [70, 80, 75].map((performance, i) => ({ ...parseLighthouse(report), performance, lcpMs: [4000, 2000, 3000][i] as number }));
    const summary = summarise({ label: "Lesson", path: "/lessons/session", kind: "lesson" }, "mobile", runs, []);
    expect(summary.median.performance).toBe(75);
    expect(summary.median.lcpMs).toBe(3000);
    expect(summary.failedAudits).toEqual(["errors-in-console", "largest-contentful-paint"]);
  });
});
