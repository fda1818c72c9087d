"use client";

import { useId, useMemo, useState } from "react";
import { decodeConfig, encodeConfig, settingsOf, validateSettings, type FieldErrors, type RawSettings } from "@/app/_lib/labs/session-affinity/config";
import { PRESETS } from "@/app/_lib/labs/session-affinity/presets";
import { chainedBalancers, sharedCache } from "@/app/_lib/labs/session-affinity/scenarios";
import { advance, describeRound, LIMITS, simulate, STRATEGIES, STRATEGY_LABELS, type LabConfig, type LabEvent, type Simulation } from "@/app/_lib/labs/session-affinity/simulation";
import { CHECKED_AGAINST } from "@/app/_lib/labs/session-affinity/versions";
import { HistoryTable, LoadTable } from "./round-view";
import { CacheSummary, ChainTable } from "./scenario-view";

const URL_KEY = "affinity";
const button =
  "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800";
const primary =
  "rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:bg-sky-400 dark:text-slate-950 dark:hover:bg-sky-300";
const input = "mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-500 dark:bg-slate-900";

/** A copy the next event can change without touching the one before it (so undo is a pop). */
function snapshot(sim: Simulation): Simulation {
  return { ...sim, nodes: [...sim.nodes], servedBy: sim.servedBy.slice(), sessionOn: sim.sessionOn.slice(), cookie: sim.cookie.slice(), rounds: [...sim.rounds], skipped: [] };
}

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
  const [stack, setStack] = useState<Simulation[]>(() => [simulate(start.config)]);
  const [note, setNote] = useState<string | null>(start.error);
  const [sameName, setSameName] = useState(true);
  const [nocache, setNocache] = useState(false);

  const sim = stack.at(-1)!;
  const config = sim.config;
  const round = sim.rounds.at(-1)!;
  const chain = useMemo(() => chainedBalancers(sameName), [sameName]);
  const cache = useMemo(() => sharedCache(nocache), [nocache]);

  function replace(next: LabConfig, message: string) {
    const fresh = simulate(next);
    setStack([fresh]);
    setNote(message);
    writeUrl(next);
  }

  function apply(event: React.FormEvent) {
    event.preventDefault();
    const checked = validateSettings(settings);
    if (!checked.ok) {
      setErrors(checked.errors);
      setNote(`Not applied: ${Object.values(checked.errors).join(" ")}`);
      return;
    }
    setErrors({});
    replace({ ...checked.config, events: [] }, `Applied: ${STRATEGY_LABELS[checked.config.strategy]}, ${checked.config.weights.length} nodes, ${checked.config.clients} clients.`);
  }

  function addEvent(event: LabEvent) {
    if (config.events.length >= LIMITS.maxEvents) {
      setNote(`The lab keeps at most ${LIMITS.maxEvents} changes; undo one or start again.`);
      return;
    }
    const nextConfig = { ...config, events: [...config.events, event] };
    const next = advance(snapshot(sim), event);
    next.config = nextConfig;
    if (next.skipped.length > 0) {
      setNote(next.skipped.join(" "));
      return;
    }
    setStack([...stack, next]);
    setNote(describeRound(next.rounds.at(-1)!, nextConfig.clients));
    writeUrl(nextConfig);
  }

  function undo() {
    if (stack.length > 1) {
      const previous = stack.slice(0, -1);
      setStack(previous);
      setNote(`Undone. ${describeRound(previous.at(-1)!.rounds.at(-1)!, config.clients)}`);
      writeUrl(previous.at(-1)!.config);
    } else if (config.events.length > 0) {
      // Loaded from a link: no snapshots yet, so recompute without the last event.
      replace({ ...config, events: config.events.slice(0, -1) }, "Undone the last change.");
    }
  }

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
                replace(preset.config, `Preset "${preset.label}": ${preset.about}`);
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
          {sim.nodes.map((node) => (
            <li key={node.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="min-w-24 font-medium">
                Node {node.id}: {node.down ? "down" : "up"}
              </span>
              <button type="button" className={button} onClick={() => addEvent({ kind: node.down ? "revive" : "kill", node: node.id })}>
                {node.down ? `Revive node ${node.id}` : `Kill node ${node.id}`}
              </button>
              <button type="button" className={button} disabled={sim.nodes.length === 1} onClick={() => addEvent({ kind: "remove", node: node.id })}>
                Remove node {node.id}
              </button>
            </li>
          ))}
        </ul>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className={button} disabled={sim.nodes.length >= LIMITS.maxNodes} onClick={() => addEvent({ kind: "add", node: 0 })}>
            Add a node
          </button>
          <button type="button" className={button} disabled={config.events.length === 0} onClick={undo}>
            Undo last change
          </button>
        </div>
      </div>

      <div role="status" aria-live="polite" aria-atomic="true" className="rounded-md bg-sky-50 p-3 text-sm leading-6 dark:bg-sky-950/50">
        <p className="font-semibold">What happened</p>
        <p>{note ?? describeRound(round, config.clients)}</p>
      </div>

      <LoadTable round={round} clients={config.clients} />
      <HistoryTable rounds={sim.rounds} clients={config.clients} />
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

      <div className="grid gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h3 className="text-base font-semibold">Scenario: two chained balancers</h3>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={!sameName} onChange={(e) => setSameName(!e.target.checked)} className="h-4 w-4" />
          Give each layer its own cookie name (application-based stickiness)
        </label>
        <ChainTable result={chain} sameName={sameName} />
      </div>

      <div className="grid gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h3 className="text-base font-semibold">Scenario: a shared cache in front of HAProxy</h3>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={nocache} onChange={(e) => setNocache(e.target.checked)} className="h-4 w-4" />
          Add <code>nocache</code> to <code>cookie SRV insert indirect</code>
        </label>
        <CacheSummary result={cache} nocache={nocache} />
      </div>

      <p className="text-xs text-slate-600 dark:text-slate-400">
        Routes come from the same algorithms as {CHECKED_AGAINST.nginx} and HAProxy 2.6.12, checked request by request against the real ones. Caps:{" "}
        {LIMITS.maxNodes} nodes, weights up to {LIMITS.maxWeight}, {LIMITS.maxClients.toLocaleString("en")} clients, {LIMITS.maxEvents} changes. The settings are in this page&apos;s
        address, so a link shows the same run.
      </p>
    </div>
  );
}
