"use client";

import { memo, useId, useMemo, useState } from "react";
import { settingsOf, validateSettings, type FieldErrors, type RawSettings } from "@/app/_lib/labs/session-affinity/config";
import { chainedBalancers, sharedCache } from "@/app/_lib/labs/session-affinity/scenarios";
import { LIMITS, STRATEGIES, STRATEGY_LABELS, type LabConfig } from "@/app/_lib/labs/session-affinity/simulation";
import { CacheSummary, ChainTable } from "./scenario-view";

export const buttonClass =
  "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800";
const primary =
  "rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:bg-sky-400 dark:text-slate-950 dark:hover:bg-sky-300";
const input = "mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-500 dark:bg-slate-900";

/**
 * The settings form, with its own state: typing re-renders the form, not the lab and its tables.
 * The lab remounts it (a new `key`) when a preset replaces the settings.
 */
export const SettingsForm = memo(function SettingsForm({
  initial,
  onApply,
  onRefused,
}: {
  initial: LabConfig;
  onApply: (config: Omit<LabConfig, "events">) => void;
  onRefused: (message: string) => void;
}) {
  const ids = useId();
  const [settings, setSettings] = useState<RawSettings>(() => settingsOf(initial));
  const [errors, setErrors] = useState<FieldErrors>({});

  function apply(event: React.FormEvent) {
    event.preventDefault();
    const checked = validateSettings(settings);
    if (!checked.ok) {
      setErrors(checked.errors);
      onRefused(`Not applied: ${Object.values(checked.errors).join(" ")}`);
      return;
    }
    setErrors({});
    onApply(checked.config);
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
  );
});

/** The two fixed scenarios, each with its own toggle and state: toggling one re-renders only it. */
export const ChainScenario = memo(function ChainScenario() {
  const [sameName, setSameName] = useState(true);
  const chain = useMemo(() => chainedBalancers(sameName), [sameName]);
  return (
    <div className="grid gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h3 className="text-base font-semibold">Scenario: two chained balancers</h3>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={!sameName} onChange={(e) => setSameName(!e.target.checked)} className="h-4 w-4" />
        Give each layer its own cookie name (application-based stickiness)
      </label>
      <ChainTable result={chain} sameName={sameName} />
    </div>
  );
});

export const CacheScenario = memo(function CacheScenario() {
  const [nocache, setNocache] = useState(false);
  const cache = useMemo(() => sharedCache(nocache), [nocache]);
  return (
    <div className="grid gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h3 className="text-base font-semibold">Scenario: a shared cache in front of HAProxy</h3>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={nocache} onChange={(e) => setNocache(e.target.checked)} className="h-4 w-4" />
        Add <code>nocache</code> to <code>cookie SRV insert indirect</code>
      </label>
      <CacheSummary result={cache} nocache={nocache} />
    </div>
  );
});
