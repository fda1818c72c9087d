import type { CacheResult, ChainResult } from "@/app/_lib/labs/session-affinity/scenarios";
import { TableScroller } from "@/components/labs/table-scroller";

/** Two chained balancers, request by request. */
export function ChainTable({ result, sameName }: { result: ChainResult; sameName: boolean }) {
  return (
    <TableScroller label="Chained balancers">
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold">
        Chained balancers, {sameName ? "one cookie name (AWSALB on both)" : "a cookie name per layer"}: outer moved {result.outerMoves} times, inner {result.innerMoves} times
      </caption>
      <thead>
        <tr className="border-b border-slate-300 text-left dark:border-slate-700">
          <th scope="col" className="py-1 pr-2">Request</th>
          <th scope="col" className="py-1 pr-2">Outer target</th>
          <th scope="col" className="py-1 pr-2">Inner target</th>
          <th scope="col" className="py-1">Browser keeps</th>
        </tr>
      </thead>
      <tbody>
        {result.steps.map((step) => (
          <tr key={step.request} className="border-b border-slate-200 dark:border-slate-800">
            <th scope="row" className="py-1 pr-2 text-left font-medium">{step.request}</th>
            <td className="py-1 pr-2">{step.outer}{step.outerMoved ? " (moved)" : ""}</td>
            <td className="py-1 pr-2">{step.inner}{step.innerMoved ? " (moved)" : ""}</td>
            <td className="py-1 font-mono text-xs">{step.cookies}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroller>
  );
}

/** Who ends up on which server behind a shared cache. */
export function CacheSummary({ result, nocache }: { result: CacheResult; nocache: boolean }) {
  const servers = Object.entries(result.byServer).map(([server, count]) => `${server}: ${count}`).join(", ");
  return (
    <p className="text-sm leading-6">
      {nocache ? "With nocache" : "Without nocache"}, the first response carries <code>Cache-Control: {result.cacheControl}</code>.{" "}
      {result.cacheHits > 0
        ? `The cache stores it and answers the other ${result.cacheHits} visitors itself, Set-Cookie included, so all ${result.clients} are pinned to one server (${servers}).`
        : `The cache must not store it, so each of the ${result.clients} visitors reaches HAProxy and gets a server of its own (${servers}).`}
    </p>
  );
}
