import type { Round } from "@/app/_lib/labs/session-affinity/simulation";
import { share } from "@/app/_lib/labs/session-affinity/simulation";
import { TableScroller } from "@/components/labs/table-scroller";

/** The load per node in one round, as a table with bars; the numbers carry the meaning, the bars only echo them. */
export function LoadTable({ round, clients }: { round: Round; clients: number }) {
  const max = Math.max(1, ...round.nodes.map((n) => n.requests));
  return (
    <TableScroller label="Requests per node">
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold">Requests per node: {round.title}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left dark:border-slate-700">
          <th scope="col" className="py-1 pr-2">Node</th>
          <th scope="col" className="py-1 pr-2">State</th>
          <th scope="col" className="py-1 pr-2 text-right">Requests</th>
          <th scope="col" className="w-1/2 py-1"><span className="sr-only">Bar</span></th>
        </tr>
      </thead>
      <tbody>
        {round.nodes.map((node) => (
          <tr key={node.id} className="border-b border-slate-200 dark:border-slate-800">
            <th scope="row" className="py-1 pr-2 text-left font-medium">
              {node.id} <span className="font-normal text-slate-600 dark:text-slate-400">({node.name}{node.weight > 1 ? `, weight ${node.weight}` : ""})</span>
            </th>
            <td className="py-1 pr-2">{node.down ? "down" : "up"}</td>
            <td className="py-1 pr-2 text-right tabular-nums">
              {node.requests} <span className="text-slate-600 dark:text-slate-400">({share(node.requests, clients)})</span>
            </td>
            <td className="py-1" aria-hidden="true">
              <div className="h-3 rounded-sm bg-sky-700 dark:bg-sky-400" style={{ width: `${(node.requests / max) * 100}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroller>
  );
}

/** Every round so far: what changed, and the share of all clients that moved or lost their session. */
export function HistoryTable({ rounds, clients }: { rounds: readonly Round[]; clients: number }) {
  return (
    <TableScroller label="After each change">
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold">After each change</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left dark:border-slate-700">
          <th scope="col" className="py-1 pr-2">Round</th>
          <th scope="col" className="py-1 pr-2 text-right">Moved</th>
          <th scope="col" className="py-1 pr-2 text-right">Lost session</th>
          <th scope="col" className="py-1 text-right">NAT clients on</th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((round, index) => (
          <tr key={index} className="border-b border-slate-200 dark:border-slate-800">
            <th scope="row" className="py-1 pr-2 text-left font-medium">{index + 1}. {round.title}</th>
            <td className="py-1 pr-2 text-right tabular-nums">{round.moved} ({share(round.moved, clients)})</td>
            <td className="py-1 pr-2 text-right tabular-nums">{round.lost} ({share(round.lost, clients)}){round.unserved ? `, ${round.unserved} unserved` : ""}</td>
            <td className="py-1 text-right tabular-nums">{round.natNodes ? `${round.natNodes} node${round.natNodes === 1 ? "" : "s"}` : "none"}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroller>
  );
}
