import type { LbView } from "@/app/_lib/sandbox/contract";
import { Button } from "./ui";

type Props = {
  view: LbView;
  busy: string | null;
  names: Record<string, string>;
  onSend: (client: LbView["clients"][number]["id"], label: string) => void;
  onNode: (node: number, action: "kill" | "revive") => void;
};

const STRATEGY_NAMES: Record<LbView["strategy"], string> = {
  "round-robin": "round robin",
  "sticky-cookie": "sticky cookie",
  "client-hash": "hash of client address",
};

const STORAGE_NAMES: Record<LbView["storage"], string> = {
  "per-node-memory": "each node's own memory",
  "shared-store": "a shared store",
  "stateless-cookie": "the clients' cookies (stateless)",
};

/** Clients → load balancer → nodes, drawn with boxes; the last request's path is highlighted. */
export function LbDiagram({ view, busy, names, onSend, onNode }: Props) {
  const last = view.lastEvent?.type === "request" ? view.lastEvent : null;
  const outcomeTone = { new: "text-sky-800 dark:text-sky-300", found: "text-emerald-800 dark:text-emerald-300", lost: "text-red-800 dark:text-red-300" };
  return (
    <div className="grid gap-3" role="group" aria-label="Simulated load balancer and nodes">
      <ul className="grid grid-cols-2 gap-2 md:grid-cols-4" aria-label="Clients">
        {view.clients.map((client) => {
          const current = last?.client === client.id;
          return (
            <li
              key={client.id}
              className={`grid gap-1 rounded-lg border p-3 text-sm ${current ? "border-sky-700 ring-2 ring-sky-700 dark:border-sky-400 dark:ring-sky-400" : "border-slate-200 dark:border-slate-700"}`}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-x-2">
                <span className="font-semibold">{client.label}</span>
                <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{client.ip}</span>
              </div>
              <p className="text-slate-700 dark:text-slate-300">
                {client.visits === 0 ? "No requests yet" : `Visit ${client.visits}${client.lastNode !== null ? `, last answered by node ${client.lastNode}` : ""}`}
              </p>
              {current && last && <p className={`font-medium ${outcomeTone[last.outcome]}`}>{{ new: "New session", found: "Session found", lost: "Session lost" }[last.outcome]}</p>}
              <details className="text-xs">
                <summary className="cursor-pointer text-slate-700 dark:text-slate-300">Cookies</summary>
                <dl className="mt-1 grid gap-1 font-mono [overflow-wrap:anywhere]">
                  <div>
                    <dt className="font-sans font-medium">Balancer</dt>
                    <dd>{client.stickyCookie ?? "none"}</dd>
                  </div>
                  <div>
                    <dt className="font-sans font-medium">Session</dt>
                    <dd>{client.sessionCookie ?? "none"}</dd>
                  </div>
                </dl>
              </details>
              <Button aria-label={`Send request as ${client.label}`} busy={busy === `Send ${client.id}`} waiting={busy !== null} onClick={() => onSend(client.id, client.label)}>
                Send request
              </Button>
            </li>
          );
        })}
      </ul>

      <DownArrow />
      <p className="rounded-lg border-2 border-dashed border-slate-400 px-4 py-2 text-center text-sm dark:border-slate-500">
        <span className="font-semibold">Load balancer</span> — {STRATEGY_NAMES[view.strategy]}; sessions live in {STORAGE_NAMES[view.storage]}
        {last && (
          <span className="block font-medium text-sky-800 dark:text-sky-300">
            {names[last.client] ?? last.client} → node {last.node}
          </span>
        )}
      </p>
      <DownArrow />

      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))]" aria-label="Nodes">
        {view.nodes.map((node) => {
          const answered = last?.node === node.number;
          const atRisk = (view.atRiskByNode[String(node.number)] ?? []).map((c) => names[c] ?? c);
          return (
            <li
              key={node.number}
              aria-label={`Node ${node.number}`}
              className={`grid gap-1 rounded-lg border p-3 text-sm ${
                !node.alive
                  ? "border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950/40"
                  : answered
                    ? "border-sky-700 ring-2 ring-sky-700 dark:border-sky-400 dark:ring-sky-400"
                    : "border-slate-200 dark:border-slate-700"
              }`}
            >
              <div className="flex items-baseline justify-between gap-2">
                <span className="font-semibold">Node {node.number}</span>
                <span className={`text-xs font-semibold ${node.alive ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300"}`}>
                  {node.alive ? "up" : "down"}
                </span>
              </div>
              {view.storage === "per-node-memory" && <p>{node.sessionsInMemory} session{node.sessionsInMemory === 1 ? "" : "s"} in memory</p>}
              <p className="text-slate-700 dark:text-slate-300">Handled {node.handled} request{node.handled === 1 ? "" : "s"}</p>
              {node.alive && (
                <p className="text-xs leading-5 text-slate-700 dark:text-slate-300">
                  If it dies: {atRisk.length === 0 ? "nobody loses a session" : `${atRisk.join(", ")} lose${atRisk.length === 1 ? "s" : ""} their session`}
                </p>
              )}
              <Button
                variant={node.alive ? "danger" : "secondary"}
                busy={busy === `${node.alive ? "kill" : "revive"} ${node.number}`}
                waiting={busy !== null}
                aria-label={`${node.alive ? "Kill" : "Revive"} node ${node.number}`}
                onClick={() => onNode(node.number, node.alive ? "kill" : "revive")}
              >
                {node.alive ? "Kill" : "Revive"}
              </Button>
            </li>
          );
        })}
      </ul>
      {view.storage === "shared-store" && (
        <p className="rounded-lg border border-slate-300 bg-slate-50 px-4 py-2 text-center text-sm dark:border-slate-600 dark:bg-slate-900">
          <span className="font-semibold">Shared store</span>: {view.sharedStoreSessions} session{view.sharedStoreSessions === 1 ? "" : "s"}, reachable from every node
        </p>
      )}
      <p className="text-sm leading-6 text-slate-600 dark:text-slate-400">{view.note}</p>
    </div>
  );
}

/** The flow from clients to balancer to nodes, drawn between the rows. */
function DownArrow() {
  return (
    <div aria-hidden="true" className="flex justify-center text-slate-500 dark:text-slate-400">
      <svg viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M12 4v16m0 0-6-6m6 6 6-6" />
      </svg>
    </div>
  );
}
