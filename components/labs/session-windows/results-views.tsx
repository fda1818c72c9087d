import { keyNames } from "@/app/_lib/labs/session-windows/config";
import { engineNames, formatBounds } from "@/app/_lib/labs/session-windows/engines";
import { describeEmission, summarize, type EngineRun } from "@/app/_lib/labs/session-windows/results";
import { TableScroller } from "@/components/labs/table-scroller";

/** Lines of each engine's output stream shown at once; the rest is summarized. */
const LOG_LINES = 12;

/**
 * The sessions each engine formed, one row per user, in each engine's own notation: a table a screen reader can
 * walk and a learner can copy. Used by the interactive lab's table view and by the worked example.
 */
export function SessionsTable({ runs, caption }: { runs: EngineRun[]; caption: string }) {
  const keys = keyNames.filter((key) => runs.some((run) => run.sessions.some((s) => s.key === key) || [...run.emissions].some((e) => e.key === key)));
  return (
    <TableScroller label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-medium">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-1 pr-3">User</th>
            {runs.map((run) => (
              <th key={run.engine} scope="col" className="py-1 pr-3">
                {engineNames[run.engine]} <span className="font-normal">({summarize(run)})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-1 pr-3 font-medium">{key}</th>
              {runs.map((run) => {
                const sessions = run.sessions.filter((s) => s.key === key);
                const dropped = run.emissions.filter((e) => e.kind === "drop" && e.key === key).length;
                return (
                  <td key={run.engine} className="py-1 pr-3 font-mono text-xs">
                    {sessions.map((s) => `${formatBounds(run.engine, s.start, s.end)} ×${s.count}`).join(", ") || "none"}
                    {dropped ? `; ${dropped} dropped` : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

/** One engine's output stream, newest last: Kafka's updates and tombstones, Flink's and Beam's firings, and drops. */
export function EmissionLog({ run, upTo, level = 4, context }: { run: EngineRun; upTo?: number; level?: 3 | 4; context?: string }) {
  const Heading = level === 3 ? "h3" : "h4";
  // Describe only the lines shown: a 2,000-event run has thousands of emissions.
  const total = run.emissions.length;
  const shown = run.emissions.slice(-LOG_LINES).map((e) => describeEmission(run.engine, e));
  const hidden = total - shown.length;
  return (
    // Landmark names must be unique on the page: the worked example shows one log per engine per preset.
    <section aria-label={`${engineNames[run.engine]} output${context ? `: ${context}` : ""}`} className="min-w-0">
      <Heading className="text-sm font-semibold">{engineNames[run.engine]} output</Heading>
      {upTo !== undefined ? <p className="text-xs">{total} record{total === 1 ? "" : "s"} after {upTo} arrival{upTo === 1 ? "" : "s"}</p> : null}
      {hidden > 0 ? <p className="text-xs">… {hidden} earlier</p> : null}
      <ol className="mt-1 grid gap-0.5 font-mono text-xs break-words">
        {/* block, not list-item: the list shows the newest lines, so each new record removes the first item, and
            list items would renumber (and lay out again) every item after it; with 2,000 events those were most of
            the 140 objects laid out in the frame after each change (bench/FINDINGS.md). No marker is drawn anyway. */}
        {shown.map((line, i) => (
          <li key={hidden + i} className="block">
            <span aria-hidden="true">{line.startsWith("tombstone") ? "− " : line.startsWith("dropped") ? "× " : "+ "}</span>
            {line}
          </li>
        ))}
        {total === 0 ? <li className="block">nothing yet</li> : null}
      </ol>
    </section>
  );
}
