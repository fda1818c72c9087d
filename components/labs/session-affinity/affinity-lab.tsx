"use client";

import { memo, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from "react";
import { decodeConfig, encodeConfig, settingsOf, validateSettings, type FieldErrors, type RawSettings } from "@/app/_lib/labs/session-affinity/config";
import { PRESETS } from "@/app/_lib/labs/session-affinity/presets";
import { chainedBalancers, sharedCache } from "@/app/_lib/labs/session-affinity/scenarios";
import { changeTopology, createRunCache, describeRound, LIMITS, STRATEGIES, STRATEGY_LABELS, topologyAfter, type LabConfig, type LabEvent } from "@/app/_lib/labs/session-affinity/simulation";
import { CHECKED_AGAINST } from "@/app/_lib/labs/session-affinity/versions";
import { HistoryTable, LoadTable } from "./round-view";
import { CacheSummary, ChainTable } from "./scenario-view";

const URL_KEY = "affinity";
const button =
  "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800";
const primary =
  "rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:bg-sky-400 dark:text-slate-950 dark:hover:bg-sky-300";
const input = "mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-500 dark:bg-slate-900";

/** The tables re-render only when their round does, not on every key press in the settings. */
const MemoLoadTable = memo(LoadTable);
const MemoHistoryTable = memo(HistoryTable);
const MemoChainTable = memo(ChainTable);
const MemoCacheSummary = memo(CacheSummary);

/** What the status says: a fixed message, or (with `round`) the latest round described once it is computed. */
type Note = { text: string; round: boolean };

function writeUrl(config: LabConfig) {
  const url = new URL(window.location.href);
  url.searchParams.set(URL_KEY, encodeConfig(config));
  window.history.replaceState(window.history.state, "", url);
}

function initial(): { config: LabConfig; error: string | null } {
  return decodeConfig(new URLSearchParams(window.location.search).get(URL_KEY));
}

export default function AffinityLab() {
  const ids = useId();
  const [start] = useState(initial);
  const [settings, setSettings] = useState<RawSettings>(() => settingsOf(start.config));
  const [errors, setErrors] = useState<FieldErrors>({});
  // The run the learner asked for (settings and events, as in the URL) ...
  const [config, setConfig] = useState<LabConfig>(start.config);
  const [note, setNote] = useState<Note>(start.error ? { text: start.error, round: false } : { text: "", round: true });
  const [sameName, setSameName] = useState(true);
  const [nocache, setNocache] = useState(false);

  // ... and the run on screen. Routing up to 10,000 clients takes a while on a slow phone, so it happens in a
  // deferred render: the click paints its feedback at once (the node's new state, "Routing…"), then the result.
  // Runs are computed incrementally (one round per event) and kept, so undo is free.
  const [runFor] = useState(() => createRunCache());
  const shownConfig = useDeferredValue(config);
  const sim = useMemo(() => runFor(shownConfig), [runFor, shownConfig]);
  const routing = shownConfig !== config;
  const topology = useMemo(() => topologyAfter(config), [config]);
  const round = sim.rounds.at(-1)!;
  const chain = useMemo(() => chainedBalancers(sameName), [sameName]);
  const cache = useMemo(() => sharedCache(nocache), [nocache]);

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

  function apply(event: React.FormEvent) {
    event.preventDefault();
    const checked = validateSettings(settings);
    if (!checked.ok) {
      setErrors(checked.errors);
      setNote({ text: `Not applied: ${Object.values(checked.errors).join(" ")}`, round: false });
      return;
    }
    setErrors({});
    replace({ ...checked.config, events: [] }, { text: `Applied: ${STRATEGY_LABELS[checked.config.strategy]}, ${checked.config.weights.length} nodes, ${checked.config.clients} clients.`, round: false });
  }

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

  const field = (name: keyof RawSettings, label: string, hint: string, type: "number" | "text" = "number") => {
    const error = errors[name];
    return (
      <div>
        <label htmlFor={`${ids}-${name}`} className="block text-sm font-semibold">
          {label}
        </label>
        <input
          id={`${ids}-${name}`}
          type="text"
          inputMode={type === "number" ? "numeric" : "text"}
          value={settings[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${ids}-${name}-hint${error ? ` ${ids}-${name}-error` : ""}`}
          onChange={(e) => setSettings({ ...settings, [name]: e.target.value })}
          className={input}
        />
        <p id={`${ids}-${name}-hint`} className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
        {error ? (
          <p id={`${ids}-${name}-error`} className="mt-0.5 text-xs font-semibold text-red-800 dark:text-red-300">
            Error: {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <div className="grid gap-5">
      <div>
        <h3 className="text-base font-semibold">Presets</h3>
        <div className="mt-2 flex flex-wrap gap-2">
          {PRESETS.map((preset) => (
            <button
              key={preset.id}
              type="button"
              className={button}
              title={preset.about}
              onClick={() => {
                setSettings(settingsOf(preset.config));
                setErrors({});
                replace(preset.config, { text: `Preset "${preset.label}": ${preset.about}`, round: false });
              }}
            >
              {preset.label}
            </button>
          ))}
        </div>
      </div>

      <form onSubmit={apply} noValidate className="grid gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <label htmlFor={`${ids}-strategy`} className="block text-sm font-semibold">
            Balancer
          </label>
          <select id={`${ids}-strategy`} value={settings.strategy} onChange={(e) => setSettings({ ...settings, strategy: e.target.value })} className={input}>
            {STRATEGIES.map((s) => (
              <option key={s} value={s}>
                {STRATEGY_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {field("nodes", "Nodes", `${LIMITS.minNodes} to ${LIMITS.maxNodes}`)}
        {field("weights", "Weights", `one per node, 1 to ${LIMITS.maxWeight}; empty = all 1`, "text")}
        {field("clients", "Clients", `${LIMITS.minClients} to ${LIMITS.maxClients.toLocaleString("en")}`)}
        {field("natPercent", "Behind one NAT (%)", "share of clients in 203.0.113.0/24")}
        {field("seed", "Seed", "picks the other clients' addresses")}
        <div className="flex items-end">
          <button type="submit" className={primary}>
            Apply and start fresh
          </button>
        </div>
      </form>

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

      <div aria-busy={routing || undefined} className={`grid gap-5 ${routing ? "opacity-60" : ""}`}>
        <MemoLoadTable round={round} clients={sim.config.clients} />
        <MemoHistoryTable rounds={sim.rounds} clients={sim.config.clients} />
        {round.movedExamples.length > 0 ? (
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
        ) : null}
      </div>

      <div className="grid gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h3 className="text-base font-semibold">Scenario: two chained balancers</h3>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={!sameName} onChange={(e) => setSameName(!e.target.checked)} className="h-4 w-4" />
          Give each layer its own cookie name (application-based stickiness)
        </label>
        <MemoChainTable result={chain} sameName={sameName} />
      </div>

      <div className="grid gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h3 className="text-base font-semibold">Scenario: a shared cache in front of HAProxy</h3>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={nocache} onChange={(e) => setNocache(e.target.checked)} className="h-4 w-4" />
          Add <code>nocache</code> to <code>cookie SRV insert indirect</code>
        </label>
        <MemoCacheSummary result={cache} nocache={nocache} />
      </div>

      <p className="text-xs text-slate-600 dark:text-slate-400">
        Routes come from the same algorithms as {CHECKED_AGAINST.nginx} and HAProxy 2.6.12, checked request by request against the real ones. Caps:{" "}
        {LIMITS.maxNodes} nodes, weights up to {LIMITS.maxWeight}, {LIMITS.maxClients.toLocaleString("en")} clients, {LIMITS.maxEvents} changes. The settings are in this page&apos;s
        address, so a link shows the same run.
      </p>
    </div>
  );
}
