import { presets } from "@/app/_lib/labs/session-windows/presets";
import { runLab } from "@/app/_lib/labs/session-windows/results";
import { EmissionLog, SessionsTable } from "./results-views";

const shown = ["one-gap", "bridge"];

/**
 * The lab's worked example, rendered on the server from the same model: what a reader without JavaScript sees,
 * and what shows until the interactive timeline has loaded.
 */
export function SessionWindowsExample() {
  return (
    <div className="grid gap-6">
      <p className="my-0 text-sm leading-6">
        Worked example: two of the lab&apos;s presets, run through the model of each engine. Times are in seconds; Kafka Streams writes a
        session as [first event, last event], Flink and Beam as [first event, last event + gap). The interactive timeline lets you add, move
        and delete events, change the gap and the grace period, and play the arrivals back one by one.
      </p>
      {presets
        .filter((preset) => shown.includes(preset.id))
        .map((preset) => {
          const { runs } = runLab(preset.config);
          return (
            <section key={preset.id} aria-label={`Example: ${preset.title}`} className="grid gap-3">
              <h3 className="font-semibold">{preset.title}</h3>
              <p className="text-sm leading-6">
                Gap {preset.config.gap} s, grace {preset.config.grace} s. Events in arrival order:{" "}
                {preset.config.events.map((e) => `${e.key} at ${e.t}`).join(", ")}. {preset.about}
              </p>
              <SessionsTable runs={runs} caption={`${preset.title}: the sessions each engine forms`} />
              <div className="grid gap-4 sm:grid-cols-3">
                {runs.map((run) => (
                  <EmissionLog key={run.engine} run={run} context={preset.title} />
                ))}
              </div>
            </section>
          );
        })}
    </div>
  );
}
