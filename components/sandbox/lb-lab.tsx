"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { LbConfigureRequest, LbEvent, LbView } from "@/app/_lib/sandbox/contract";
import { callApi, type ApiResult } from "./api-client";
import { AlertRegion, Button, inputClass } from "./ui";
import { LbDiagram } from "./lb-diagram";

type Strategy = LbConfigureRequest["strategy"];
type Storage = LbConfigureRequest["storage"];

export type LbOptions = {
  strategies: Choice<Strategy>[];
  storages: Choice<Storage>[];
  minNodes: number;
  maxNodes: number;
};

function eventLine(event: LbEvent, names: Record<string, string>): string {
  if (event.type === "request") {
    const outcome = { new: "no session there, started a new one", found: `session found (visit ${event.visits})`, lost: "session lost, started over" }[event.outcome];
    return `${names[event.client] ?? event.client} → node ${event.node}: ${outcome}`;
  }
  if (event.type === "configure") return "Load balancer set up with fresh nodes and clients";
  const who = event.affectedClients.map((c) => names[c] ?? c).join(", ");
  return event.type === "kill" ? `Node ${event.node} killed${who ? `: ${who} will lose their session` : ": nobody loses a session"}` : `Node ${event.node} revived`;
}

/** Sticky sessions: a simulated load balancer and nodes that live inside this server. */
export function LbLab({ options }: { options: LbOptions }) {
  const [view, setView] = useState<LbView | null>(null);
  const [strategy, setStrategy] = useState<Strategy>("round-robin");
  const [storage, setStorage] = useState<Storage>("per-node-memory");
  const [nodes, setNodes] = useState(3);
  const [error, setError] = useState<{ message: string; status: number } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  /** How many of the latest events "What just happened" reports: all of them after "Send a request from everyone". */
  const [shown, setShown] = useState(1);
  const inFlight = useRef(false);
  const ids = useId();

  async function call(label: string, request: () => Promise<ApiResult<LbView>>) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(label);
    setError(null);
    setShown(1);
    try {
      const result = await request();
      if (result.ok) {
        setView(result.data);
        // The form follows the server only when the set-up changes, so an unapplied choice survives a request.
        if (label === "load" || label === "Apply" || label === "Reset") {
          setStrategy(result.data.strategy);
          setStorage(result.data.storage);
          setNodes(result.data.nodes.length);
        }
      } else setError({ message: result.message, status: result.status });
    } finally {
      inFlight.current = false;
      setBusy(null);
    }
  }

  useEffect(() => {
    void call("load", () => callApi("lbRead", {}));
  }, []);

  const names = Object.fromEntries((view?.clients ?? []).map((c) => [c.id, c.label]));

  async function everyone() {
    if (!view) return;
    await call("Send from everyone", async () => {
      let last: ApiResult<LbView> = { ok: true, status: 200, data: view };
      for (const client of view.clients) {
        last = await callApi("lbRequest", { body: { client: client.id } });
        if (!last.ok) return last;
      }
      return last;
    });
    setShown(view.clients.length);
  }

  return (
    <div className="grid gap-5">
      {/* Disabled until the first answer: that answer sets the form, and would undo earlier choices. */}
      <form
        className="grid gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800 md:grid-cols-[1fr_1fr_auto]"
        onSubmit={(event) => {
          event.preventDefault();
          void call("Apply", () => callApi("lbConfigure", { body: { strategy, storage, nodes } }));
        }}
      >
        <ChoiceGroup legend="How the balancer picks a node" name={`${ids}-strategy`} options={options.strategies} value={strategy} onChange={setStrategy} disabled={view === null} />
        <ChoiceGroup legend="Where sessions live" name={`${ids}-storage`} options={options.storages} value={storage} onChange={setStorage} disabled={view === null} />
        <div className="grid content-start gap-3">
          <div>
            <label htmlFor={`${ids}-nodes`} className="block text-sm font-semibold">
              Number of nodes
            </label>
            <select disabled={view === null} id={`${ids}-nodes`} value={nodes} onChange={(event) => setNodes(Number(event.target.value))} className={`mt-1 ${inputClass}`}>
              {Array.from({ length: options.maxNodes - options.minNodes + 1 }, (_, i) => options.minNodes + i).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="primary" busy={busy === "Apply"} waiting={busy !== null}>
            Apply and start fresh
          </Button>
        </div>
      </form>

      <AlertRegion error={error} kept={view !== null} />

      {view ? (
        <>
          <div className="flex flex-wrap gap-2">
            <Button variant="primary" busy={busy === "Send from everyone"} waiting={busy !== null} onClick={() => void everyone()}>
              Send a request from everyone
            </Button>
            <Button busy={busy === "Reset"} waiting={busy !== null} onClick={() => void call("Reset", () => callApi("lbReset", { body: {} }))}>
              Reset
            </Button>
          </div>
          <div role="status" aria-live="polite" aria-atomic="true" className="rounded-md bg-sky-50 p-3 text-sm leading-6 dark:bg-sky-950/50">
            <h3 className="font-semibold text-sky-900 dark:text-sky-200">What just happened</h3>
            {view.lastEvent ? (
              view.log
                .slice(0, Math.max(1, shown))
                .reverse()
                .map((event, index) => (
                  <div key={index}>
                    <p className="mt-1 font-medium">{eventLine(event, names)}</p>
                    <p className="mt-1">{event.explanation}</p>
                  </div>
                ))
            ) : (
              <p className="mt-1">Nothing yet: send a request from a client.</p>
            )}
          </div>
          <LbDiagram view={view} busy={busy} onSend={(client) => void call(`Send ${client}`, () => callApi("lbRequest", { body: { client } }))} onNode={(node, action) => void call(`${action} ${node}`, () => callApi("lbNode", { body: { node, action } }))} names={names} />
          {view.log.length > 1 && (
            <details className="rounded-md border border-slate-200 dark:border-slate-800">
              <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Recent events ({view.log.length})</summary>
              <ol className="grid gap-1 px-3 pb-3 text-sm leading-6">
                {view.log.map((event, index) => (
                  <li key={index}>{eventLine(event, names)}</li>
                ))}
              </ol>
            </details>
          )}
        </>
      ) : (
        !error && <p className="text-sm">Starting the simulated nodes…</p>
      )}
    </div>
  );
}

type Choice<T extends string> = { value: T; label: string; about: string };

/** One radio group of the balancer's settings, each choice with a line on what it means. */
function ChoiceGroup<T extends string>(props: { legend: string; name: string; options: readonly Choice<T>[]; value: T; onChange: (value: T) => void; disabled: boolean }) {
  return (
    <fieldset disabled={props.disabled} className="grid content-start gap-1.5">
      <legend className="mb-1 text-sm font-semibold">{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="flex items-start gap-2 text-sm leading-6">
          <input type="radio" name={props.name} value={option.value} checked={props.value === option.value} onChange={() => props.onChange(option.value)} className="mt-1.5 h-4 w-4 shrink-0 accent-sky-700 dark:accent-sky-400" />
          <span>
            <span className="font-medium">{option.label}</span>
            <span className="block text-slate-600 dark:text-slate-400">{option.about}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
