import { describe, expect, it } from "vitest";
import { summariseTasks, type TraceEvent } from "./trace";

const url = "http://localhost:3000/lessons/session";
const task = (ts: number, ms: number, pid = 7, tid = 7): TraceEvent => ({ name: "RunTask", ph: "X", ts, dur: ms * 1000, pid, tid });

describe("summariseTasks", () => {
  // The page's renderer is found by the ParseHTML of its URL; an about:blank renderer (pid 5) came first.
  const events: TraceEvent[] = [
    { name: "ParseHTML", ph: "X", ts: 1, dur: 10, pid: 5, tid: 5, args: { beginData: { url: "" } } },
    task(2, 400, 5, 5),
    { name: "ParseHTML", ph: "X", ts: 100, dur: 10, pid: 7, tid: 7, args: { beginData: { url } } },
    task(1_000, 120),
    task(2_000, 30),
    task(400_000, 180), // straddles the first paint: 80 ms of it come after
    { name: "firstContentfulPaint", ph: "I", ts: 500_000, pid: 7, tid: 7 },
    task(600_000, 80),
    task(700_000, 300, 7, 9), // another thread of the same renderer (a worker)
  ];

  it("counts long tasks on the page's main thread only, and what each spends past 50 ms", () => {
    expect(summariseTasks(events, url)).toEqual({ longTasksMs: [120, 180, 80], blockingMs: 70 + 130 + 30, blockingAfterFcpMs: 30 + 30 });
  });

  it("says when the trace has no load of the page rather than reporting zero", () => {
    expect(() => summariseTasks(events, "http://localhost:3000/baseline")).toThrow(/no ParseHTML/);
  });
});
