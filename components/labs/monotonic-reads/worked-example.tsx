import { checkHistory } from "@/app/_lib/labs/monotonic-reads/checker";
import { defaultConfig, validateConfig } from "@/app/_lib/labs/monotonic-reads/config";
import { parseHistory } from "@/app/_lib/labs/monotonic-reads/parse";
import { compareStrategies, simulate } from "@/app/_lib/labs/monotonic-reads/simulate";
import { EXAMPLE_HISTORY } from "@/app/_lib/labs/monotonic-reads/url-state";
import { CompareTable, HistoryTable, Summary, violationsByOp } from "./tables";

/** The first operations of the default run, and what the whole strategy comparison gives at 1,000. */
const PREVIEW_OPS = 14;

/**
 * The lab's worked example, rendered on the server from the same model: what a reader without
 * JavaScript sees, and what shows until the interactive lab loads.
 */
export default function MonotonicReadsExample() {
  const config = validateConfig({ ...defaultConfig, ops: PREVIEW_OPS }).config;
  const run = simulate(config);
  const rows = compareStrategies(validateConfig({ ...defaultConfig, ops: 1_000 }).config);
  const typed = parseHistory(EXAMPLE_HISTORY);
  const typedHistory = typed.ok ? typed.history : [];
  const typedCheck = checkHistory(typedHistory);
  return (
    <div className="grid gap-5">
      <p className="my-0 text-sm">
        Worked example: a leader and three asynchronous replicas with lags of {config.lags.join(", ")} ms, {config.clients} clients,{" "}
        {config.writePercent}% writes, reads routed to a random replica (seed {config.seed}). The interactive lab lets you change
        all of this, add lag spikes, lose replicas and type your own history.
      </p>
      <Summary check={run.check} stale={run.stats.staleReads} meanBehind={run.stats.meanBehind} />
      <HistoryTable
        history={run.history}
        check={run.check}
        indexes={run.history.map((_, i) => i)}
        byOp={violationsByOp(run.check)}
        caption={`The first ${PREVIEW_OPS} operations, random routing`}
      />
      <CompareTable rows={rows} caption="The same seeded workload, 1,000 operations, under each strategy" />
      <HistoryTable
        history={typedHistory}
        check={typedCheck}
        indexes={typedHistory.map((_, i) => i)}
        byOp={violationsByOp(typedCheck)}
        caption="A hand-typed history (Jepsen's monotonic-reads example), checked"
      />
    </div>
  );
}
