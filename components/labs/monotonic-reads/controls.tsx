"use client";

import { memo } from "react";
import { checkWholeNumber } from "@/app/_lib/labs/field-check";
import { limits, strategies, strategyNames, type LabEvent, type SimConfig, type Strategy } from "@/app/_lib/labs/monotonic-reads/config";
import { replicaName } from "@/app/_lib/labs/monotonic-reads/simulate";
import { UI_MAX_OPS } from "@/app/_lib/labs/monotonic-reads/url-state";
import { NumberField } from "@/components/labs/number-field";
import { Button } from "@/components/sandbox/ui";

export const SPIKE_MS = 2_000;
export const SPIKE_OPS = 100;

/** Changes the run's configuration (and says what changed); its identity never changes. */
export type Update = (next: Partial<SimConfig>, message?: string) => void;

// The fields' checks are module constants, so a field's props stay equal between renders of its panel.
const checkLag = (text: string) => checkWholeNumber(text, 0, limits.maxLagMs);
const checkClients = (text: string) => checkWholeNumber(text, 1, limits.maxClients);
const checkPercent = (text: string) => checkWholeNumber(text, 0, 100);
const checkSeed = (text: string) => checkWholeNumber(text, 0, 2 ** 32 - 1);
const checkOps = (text: string) => checkWholeNumber(text, 1, UI_MAX_OPS);

/*
 * The simulator's controls, as memoized panels taking only the fields they show: a click re-renders the panel it
 * changes, not every field and button of the lab (a render of all of them was most of the 20 ms at 4x CPU that the
 * click on "Run 1,000 operations" spent in React; bench/FINDINGS.md).
 */

export const ReplicaPanel = memo(function ReplicaPanel({ lags, events, ops, update }: { lags: number[]; events: LabEvent[]; ops: number; update: Update }) {
  const lost = new Set(events.filter((e) => e.kind === "loss").map((e) => e.replica));
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1 font-semibold">Replicas (a leader takes every write)</legend>
      <ul className="grid gap-3">
        {lags.map((lag, i) => (
          <li key={i} className="flex flex-wrap items-end gap-2">
            <NumberField
              label={`${replicaName(i)} lag (ms)`}
              value={lag}
              check={checkLag}
              onCommit={(n) => update({ lags: lags.map((l, j) => (j === i ? n : l)) })}
              className="w-32"
            />
            <Button
              onClick={() =>
                update(
                  { events: [...events, { kind: "spike" as const, replica: i + 1, at: ops, extraMs: SPIKE_MS, forOps: SPIKE_OPS }].slice(-limits.maxEvents) },
                  `Lag spike on ${replicaName(i)}: +${SPIKE_MS} ms for the ${SPIKE_OPS} operations after operation ${ops}. Add operations to see it.`,
                )
              }
            >
              Lag spike on {replicaName(i)}
            </Button>
            <Button
              variant="danger"
              disabled={lost.has(i + 1)}
              onClick={() =>
                update(
                  { events: [...events, { kind: "loss" as const, replica: i + 1, at: ops }].slice(-limits.maxEvents) },
                  `${replicaName(i)} is lost from operation ${ops}: its clients move to other replicas.`,
                )
              }
            >
              {lost.has(i + 1) ? `${replicaName(i)} lost` : `Lose ${replicaName(i)}`}
            </Button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button disabled={lags.length >= limits.maxReplicas} onClick={() => update({ lags: [...lags, 200] }, `Added ${replicaName(lags.length)} with 200 ms lag.`)}>
          Add a replica
        </Button>
        <Button
          disabled={lags.length <= limits.minReplicas}
          onClick={() => update({ lags: lags.slice(0, -1), events: events.filter((e) => e.replica < lags.length) }, `Removed ${replicaName(lags.length - 1)}.`)}
        >
          Remove the last replica
        </Button>
        {events.length > 0 ? (
          <Button onClick={() => update({ events: [] }, "Cleared every lag spike and replica loss.")}>
            Clear {events.length} event{events.length === 1 ? "" : "s"}
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
});

export const WorkloadPanel = memo(function WorkloadPanel({
  clients,
  writePercent,
  seed,
  ops,
  update,
}: {
  clients: number;
  writePercent: number;
  seed: number;
  ops: number;
  update: Update;
}) {
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1 font-semibold">Clients and workload</legend>
      <div className="flex flex-wrap gap-3">
        <NumberField label="Clients" value={clients} check={checkClients} onCommit={(n) => update({ clients: n })} className="w-24" />
        <NumberField label="Writes (%)" value={writePercent} check={checkPercent} onCommit={(n) => update({ writePercent: n })} className="w-24" />
        <NumberField label="Seed" value={seed} check={checkSeed} onCommit={(n) => update({ seed: n })} className="w-36" />
        <NumberField label="Operations" value={ops} check={checkOps} onCommit={(n) => update({ ops: n })} className="w-28" />
      </div>
    </fieldset>
  );
});

export const StrategyPanel = memo(function StrategyPanel({ strategy, group, update }: { strategy: Strategy; group: string; update: Update }) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 font-semibold">Where reads go</legend>
      {strategies.map((s: Strategy) => (
        <label key={s} className="flex items-center gap-2 text-sm">
          <input type="radio" name={group} value={s} checked={strategy === s} onChange={() => update({ strategy: s })} className="h-4 w-4" />
          {strategyNames[s]}
        </label>
      ))}
    </fieldset>
  );
});

export const RunButtons = memo(function RunButtons({
  compareOn,
  addOps,
  update,
  toggleCompare,
}: {
  compareOn: boolean;
  addOps: (n: number) => void;
  update: Update;
  toggleCompare: () => void;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button onClick={() => addOps(1)}>Add 1 operation</Button>
      <Button onClick={() => addOps(10)}>Add 10 operations</Button>
      <Button variant="primary" onClick={() => update({ ops: 1_000 })}>
        Run 1,000 operations
      </Button>
      <Button onClick={toggleCompare} aria-pressed={compareOn}>
        Compare all strategies
      </Button>
    </div>
  );
});
