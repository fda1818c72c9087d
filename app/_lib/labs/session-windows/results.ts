import { engines, type Engine } from "./engines";
import { playback, withMaxSeenWatermarks, type Emission, type PlaybackResult, type Step } from "./playback";
import type { LabConfig } from "./config";

export type EngineRun = PlaybackResult & { engine: Engine };

/** What every engine of the lab plays for one configuration and playback position: the steps, and the watermark shown. */
export type LabInput = { steps: Step[]; watermark: number | undefined };

/**
 * The first `step` arrivals as playback steps, with a watermark at the highest event time seen. When every event has
 * arrived, the input ends: a bounded source's final watermark fires every window still open (Flink and Beam), as it
 * would at the end of a job.
 */
export function labInput(config: LabConfig, step: number = config.events.length): LabInput {
  const arrived = config.events.slice(0, Math.max(0, Math.min(step, config.events.length)));
  const steps = withMaxSeenWatermarks(arrived);
  const finished = arrived.length === config.events.length && arrived.length > 0;
  if (finished) steps.push({ kind: "watermark", t: Number.POSITIVE_INFINITY });
  const watermark = arrived.length === 0 ? undefined : finished ? Number.POSITIVE_INFINITY : Math.max(...arrived.map((e) => e.t));
  return { steps, watermark };
}

/** One engine's run over a lab input: the lab computes its three engines one task at a time, so an input can come between. */
export function runEngine(engine: Engine, input: LabInput, config: LabConfig): EngineRun {
  return { engine, ...playback(engine, input.steps, config.gap, config.grace) };
}

/**
 * Everything the lab draws for one configuration and playback position: each engine's run over the first `step`
 * arrivals (see `labInput`), and the watermark.
 */
export function runLab(config: LabConfig, step: number = config.events.length): { runs: EngineRun[]; watermark: number | undefined } {
  const input = labInput(config, step);
  return { runs: engines.map((engine) => runEngine(engine, input, config)), watermark: input.watermark };
}

/** One emission as a line of the output log: "+ ana [0, 5] = 2", "− ana [0, 0] (tombstone)". */
export function describeEmission(engine: Engine, e: Emission): string {
  switch (e.kind) {
    case "update":
      return `update ${e.key} [${e.start}, ${e.end}]: ${e.count} event${e.count === 1 ? "" : "s"}`;
    case "tombstone":
      return `tombstone ${e.key} [${e.start}, ${e.end}]: deleted by a merge`;
    case "fire":
      return `${e.late ? "late firing" : "fires"} ${e.key} [${e.start}, ${e.end === Infinity ? "∞" : e.end}): ${e.count} event${e.count === 1 ? "" : "s"}`;
    case "drop":
      return `dropped ${e.key} at ${e.t}: ${engine === "kafka" ? "its session closed (grace period over)" : "past the allowed lateness"}`;
  }
}

/** "3 sessions, 1 dropped" for the live region and the summaries. */
export function summarize(run: EngineRun): string {
  const n = run.sessions.length;
  const dropped = run.dropped.size;
  return `${n} session${n === 1 ? "" : "s"}${dropped ? `, ${dropped} dropped` : ""}`;
}
