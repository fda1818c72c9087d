import { PRESETS } from "@/app/_lib/labs/session-affinity/presets";
import { chainedBalancers, sharedCache } from "@/app/_lib/labs/session-affinity/scenarios";
import { describeRound, simulate, STRATEGY_LABELS } from "@/app/_lib/labs/session-affinity/simulation";
import { HistoryTable, LoadTable } from "./round-view";
import { CacheSummary, ChainTable } from "./scenario-view";

/** The lab's worked example, rendered on the server from the same model: the "ip_hash and a NAT" preset. */
export function AffinityExample() {
  const preset = PRESETS[0]!;
  const sim = simulate(preset.config);
  const { clients } = preset.config;
  return (
    <div className="grid gap-4">
      <p className="my-0 text-sm leading-6">
        Worked example: {STRATEGY_LABELS[preset.config.strategy]}, {preset.config.weights.length} nodes, {clients.toLocaleString("en")} clients, {preset.config.natPercent}% of them
        behind one NAT. {preset.about}
      </p>
      <LoadTable round={sim.rounds[0]!} clients={clients} />
      <HistoryTable rounds={sim.rounds} clients={clients} />
      <p className="text-sm leading-6">{sim.rounds.slice(1).map((round) => describeRound(round, clients)).join(" ")}</p>
      <ChainTable result={chainedBalancers(true)} sameName />
      <CacheSummary result={sharedCache(false)} nocache={false} />
    </div>
  );
}
