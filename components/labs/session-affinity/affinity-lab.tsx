"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useValueAfterPaint } from "@/components/labs/use-value-after-paint";
import { decodeConfig, encodeConfig } from "@/app/_lib/labs/session-affinity/config";
import { PRESETS, type Preset } from "@/app/_lib/labs/session-affinity/presets";
import { changeTopology, createRunCache, describeRound, LIMITS, STRATEGY_LABELS, topologyAfter, type LabConfig, type LabEvent, type Round, type Simulation } from "@/app/_lib/labs/session-affinity/simulation";
import { CHECKED_AGAINST } from "@/app/_lib/labs/session-affinity/versions";
import { HistoryTable, LoadTable } from "./round-view";
import { buttonClass as button, CacheScenario, ChainScenario, SettingsForm } from "./lab-controls";
import { queryParam, replaceQueryParam } from "@/components/url-query";

const URL_KEY = "affinity";
/** The tables re-render only when their round does. */
const MemoLoadTable = memo(LoadTable);
const MemoHistoryTable = memo(HistoryTable);

/** What the status says: a fixed message, or (with `round`) the latest round described once it is computed. */
type Note = { text: string; round: boolean };

function writeUrl(config: LabConfig) {
  replaceQueryParam(URL_KEY, encodeConfig(config));
}

function initial(): { config: LabConfig; error: string | null } {
  return decodeConfig(queryParam(URL_KEY));
}

/** The preset buttons: a click on a node or on undo does not re-render them. */
const Presets = memo(function Presets({ onPick }: { onPick: (preset: Preset) => void }) {
  return (
    <div>
      <h3 className="mt-0 text-base font-semibold">Presets</h3>
      <div className="mt-2 flex flex-wrap gap-2">
        {PRESETS.map((preset) => (
          <button key={preset.id} type="button" className={button} title={preset.about} onClick={() => onPick(preset)}>
            {preset.label}
          </button>
        ))}
      </div>
    </div>
  );
});

const MovedExamples = memo(function MovedExamples({ round }: { round: Round }) {
  if (round.movedExamples.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="font-semibold">Some clients that moved in the last round</p>
      <ul className="mt-1 grid gap-0.5 sm:grid-cols-2">
        {round.movedExamples.map((m) => (
          <li key={m.address} className="font-mono text-xs">
            {m.address}: node {m.from || "none"} → {m.to ? `node ${m.to}` : "no node"}
          </li>
        ))}
      </ul>
    </div>
  );
});

/** The run on screen. A click re-renders only its wrapper (dimmed while routing); the rest follows the run. */
const Results = memo(function Results({ sim, routing }: { sim: Simulation; routing: boolean }) {
  const round = sim.rounds.at(-1)!;
  return (
    // isolate: a stacking context whether dimmed or not, so dimming changes only an opacity value; adding and
    // removing it made each click lay out and repaint the whole block (bench/FINDINGS.md, "Lab frames").
    <div aria-busy={routing || undefined} className={`isolate grid gap-5 ${routing ? "opacity-60" : ""}`}>
      <MemoLoadTable round={round} clients={sim.config.clients} />
      <MemoHistoryTable rounds={sim.rounds} clients={sim.config.clients} />
      <MovedExamples round={round} />
    </div>
  );
});

/** Never changes: one element, which React skips whenever the lab re-renders. */
const FOOTER = (
  <p className="text-xs text-slate-600 dark:text-slate-400">
    Routes come from the same algorithms as {CHECKED_AGAINST.nginx} and HAProxy 2.6.12, checked request by request against the real ones. Caps:{" "}
    {LIMITS.maxNodes} nodes, weights up to {LIMITS.maxWeight}, {LIMITS.maxClients.toLocaleString("en")} clients, {LIMITS.maxEvents} changes. The settings are in this page&apos;s
    address, so a link shows the same run.
  </p>
);

export default function AffinityLab() {
  const [start] = useState(initial);
  // A preset remounts the settings form with the preset's settings.
  const [form, setForm] = useState({ key: 0, initial: start.config });
  // The run the learner asked for (settings and events, as in the URL) ...
  const [config, setConfig] = useState<LabConfig>(start.config);
  const [note, setNote] = useState<Note>(start.error ? { text: start.error, round: false } : { text: "", round: true });

  // ... and the run on screen. Routing up to 10,000 clients takes a while on a slow phone, so it happens after the
  // next paint: the click paints its feedback at once (the node's new state, "Routing…"), then the result.
  // Runs are computed incrementally (one round per event) and kept, so undo is free.
  const [runFor] = useState(() => createRunCache());
  const shownConfig = useValueAfterPaint(config);
  const sim = useMemo(() => runFor(shownConfig), [runFor, shownConfig]);
  const routing = shownConfig !== config;
  const topology = useMemo(() => topologyAfter(config), [config]);
  const round = sim.rounds.at(-1)!;

  // The address follows the run on screen, after it has painted (a link reproduces what the learner saw).
  const changed = useRef(false);
  useEffect(() => {
    if (changed.current) writeUrl(shownConfig);
  }, [shownConfig]);

  function replace(next: LabConfig, note: Note) {
    changed.current = true;
    setConfig(next);
    setNote(note);
  }

  const pickPreset = useCallback((preset: Preset) => {
    changed.current = true;
    setForm((f) => ({ key: f.key + 1, initial: preset.config }));
    setConfig(preset.config);
    setNote({ text: `Preset "${preset.label}": ${preset.about}`, round: false });
  }, []);

  const apply = useCallback((settings: Omit<LabConfig, "events">) => {
    changed.current = true;
    setConfig({ ...settings, events: [] });
    setNote({ text: `Applied: ${STRATEGY_LABELS[settings.strategy]}, ${settings.weights.length} nodes, ${settings.clients} clients.`, round: false });
  }, []);
  const refuse = useCallback((text: string) => setNote({ text, round: false }), []);

  function addEvent(event: LabEvent) {
    if (config.events.length >= LIMITS.maxEvents) {
      setNote({ text: `The lab keeps at most ${LIMITS.maxEvents} changes; undo one or start again.`, round: false });
      return;
    }
    const result = changeTopology(topology, event);
    if ("skipped" in result) {
      setNote({ text: result.skipped, round: false });
      return;
    }
    replace({ ...config, events: [...config.events, event] }, { text: "", round: true });
  }

  function undo() {
    if (config.events.length > 0) replace({ ...config, events: config.events.slice(0, -1) }, { text: "Undone. ", round: true });
  }

  const status = note.round ? `${note.text}${routing ? `Routing ${config.clients.toLocaleString("en")} clients…` : describeRound(round, config.clients)}` : note.text;

  return (
    <div className="grid gap-5">
      <Presets onPick={pickPreset} />

      <SettingsForm key={form.key} initial={form.initial} onApply={apply} onRefused={refuse} />

      <div>
        <h3 className="text-base font-semibold">Change the nodes</h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">Every change is followed by one request from every client.</p>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2" aria-label="Nodes">
          {topology.nodes.map((node) => (
            <li key={node.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="min-w-24 font-medium">
                Node {node.id}: {node.down ? "down" : "up"}
              </span>
              <button type="button" className={button} onClick={() => addEvent({ kind: node.down ? "revive" : "kill", node: node.id })}>
                {node.down ? `Revive node ${node.id}` : `Kill node ${node.id}`}
              </button>
              <button type="button" className={button} disabled={topology.nodes.length === 1} onClick={() => addEvent({ kind: "remove", node: node.id })}>
                Remove node {node.id}
              </button>
            </li>
          ))}
        </ul>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className={button} disabled={topology.nodes.length >= LIMITS.maxNodes} onClick={() => addEvent({ kind: "add", node: 0 })}>
            Add a node
          </button>
          <button type="button" className={button} disabled={config.events.length === 0} onClick={undo}>
            Undo last change
          </button>
        </div>
      </div>

      <div role="status" aria-live="polite" aria-atomic="true" className="rounded-md bg-sky-50 p-3 text-sm leading-6 dark:bg-sky-950/50">
        <p className="font-semibold">What happened</p>
        <p>{status}</p>
      </div>

      <Results sim={sim} routing={routing} />

      <ChainScenario />
      <CacheScenario />

      {FOOTER}
    </div>
  );
}
