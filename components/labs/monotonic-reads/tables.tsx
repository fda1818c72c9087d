import type { CheckResult, Violation } from "@/app/_lib/labs/monotonic-reads/checker";
import { strategyNames } from "@/app/_lib/labs/monotonic-reads/config";
import { guaranteeNames, type Operation } from "@/app/_lib/labs/monotonic-reads/history";
import type { StrategyRow } from "@/app/_lib/labs/monotonic-reads/simulate";
import { TableScroller } from "@/components/labs/table-scroller";

/** Shared by the interactive lab and its server-rendered worked example: plain markup, no hooks. */

export const tableClass = "w-full border-collapse text-left text-sm tabular-nums";
export const cellClass = "border-b border-slate-200 px-2 py-1.5 align-top dark:border-slate-800";
export const headClass = `${cellClass} font-semibold`;
const smallClass = "block text-xs text-slate-600 dark:text-slate-400";

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "#12" for a simulated history (operation numbers), "line 4" for a typed one. */
export function opLabel(op: Operation | undefined, index: number): string {
  return op?.line !== undefined ? `line ${op.line}` : `#${index + 1}`;
}

export function describeViolation(v: Violation, history: readonly Operation[], check: CheckResult): string {
  const witness = opLabel(history[v.witness], v.witness);
  const write = history[v.write];
  const w = write && write.kind === "write" ? `${write.key}=${write.value} @${write.version}` : "";
  switch (v.guarantee) {
    case "RYW":
      return `misses the session's own write ${w} (${witness})`;
    case "MR": {
      const seen = check.reads[v.witness];
      return `older than the state ${witness} saw (${seen && w ? w : "a newer write"})`;
    }
    case "WFR":
      return `ordered before ${w}, which the session read at ${witness}`;
    case "MW":
      return `ordered before the session's earlier write ${w} (${witness})`;
  }
}

/** Violations grouped by the operation that breaks them. */
export function violationsByOp(check: CheckResult): Map<number, Violation[]> {
  const map = new Map<number, Violation[]>();
  for (const v of check.violations) {
    const list = map.get(v.op);
    if (list) list.push(v);
    else map.set(v.op, [v]);
  }
  return map;
}

export function Summary({ check, stale, meanBehind }: { check: CheckResult; stale?: number; meanBehind?: number }) {
  const c = check.counts;
  const rate = check.readCount === 0 ? 0 : check.badReads / check.readCount;
  const items: [string, string][] = [
    ["Operations", `${check.readCount + check.writeCount} (${plural(check.readCount, "read")}, ${plural(check.writeCount, "write")})`],
    ["Reads breaking RYW or MR", `${check.badReads} (${percent(rate)})`],
    ["RYW / MR / WFR / MW", `${c.RYW} / ${c.MR} / ${c.WFR} / ${c.MW}`],
  ];
  if (stale !== undefined) items.push(["Stale reads", `${stale} (${percent(check.readCount === 0 ? 0 : stale / check.readCount)})`]);
  if (meanBehind !== undefined) items.push(["Mean versions behind the leader", meanBehind.toFixed(2)]);
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd className="tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CompareTable({ rows, caption }: { rows: StrategyRow[]; caption: string }) {
  return (
    <TableScroller label={caption}>
      <table className={tableClass}>
        <caption className="mb-1 text-left text-sm font-medium">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>Strategy</th>
            <th scope="col" className={headClass}>Reads breaking RYW or MR</th>
            <th scope="col" className={headClass}>RYW</th>
            <th scope="col" className={headClass}>MR</th>
            <th scope="col" className={headClass}>Stale reads</th>
            <th scope="col" className={headClass}>Mean behind</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.strategy}>
              <th scope="row" className={`${cellClass} font-medium`}>{strategyNames[row.strategy]}</th>
              <td className={cellClass}>{`${percent(row.rate)} (${row.badReads} of ${row.reads})`}</td>
              <td className={cellClass}>{row.check.counts.RYW}</td>
              <td className={cellClass}>{row.check.counts.MR}</td>
              <td className={cellClass}>{row.stats.staleReads}</td>
              <td className={cellClass}>{row.stats.meanBehind.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

/**
 * The history as a table, one row per operation, showing rows `from` to `to` (exclusive) of `indexes`.
 * Each read shows the state it saw and the value that gives; each broken guarantee is named in words.
 */
export function HistoryTable({
  history,
  check,
  indexes,
  caption,
  byOp,
}: {
  history: readonly Operation[];
  check: CheckResult;
  indexes: readonly number[];
  caption: string;
  byOp: Map<number, Violation[]>;
}) {
  return (
    <TableScroller label={caption}>
      <table className={tableClass}>
        <caption className="mb-1 text-left text-sm font-medium">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>Op</th>
            <th scope="col" className={headClass}>Does, where, at which version</th>
            <th scope="col" className={headClass}>Breaks</th>
          </tr>
        </thead>
        <tbody>
          {indexes.map((i) => {
            const op = history[i]!;
            const read = check.reads[i];
            const broken = byOp.get(i) ?? [];
            const where = op.node ? `on ${op.node}, ` : "";
            return (
              <tr key={i}>
                <th scope="row" className={`${cellClass} whitespace-nowrap font-normal`}>
                  {opLabel(op, i)} · {op.client}
                  {op.time !== undefined ? <span className={smallClass}>{op.time} ms</span> : null}
                </th>
                <td className={cellClass}>
                  {op.kind === "write" ? `write ${op.key}=${op.value}` : `read ${op.key} → ${read?.value ?? "?"}`}
                  <span className={smallClass}>
                    {op.kind === "write"
                      ? `${where}creates @${op.version}`
                      : `${where}sees @${op.at}${op.behind ? `, ${op.behind} behind the leader` : ""}`}
                  </span>
                </td>
                <td className={cellClass}>
                  {broken.length === 0 ? (
                    <span className="text-slate-600 dark:text-slate-400">none</span>
                  ) : (
                    broken.map((v) => (
                      <span key={v.guarantee} className="block">
                        <strong className="font-semibold text-red-800 dark:text-red-300">
                          <abbr title={guaranteeNames[v.guarantee]}>{v.guarantee}</abbr>
                        </strong>
                        {": "}
                        {describeViolation(v, history, check)}
                      </span>
                    ))
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroller>
  );
}
