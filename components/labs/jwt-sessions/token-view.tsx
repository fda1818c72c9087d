import type { Decoded, Segment } from "@/app/_lib/labs/jwt-sessions/decode";
import { claimNotes, claimRows, headerNotes, type ClaimRow } from "@/app/_lib/labs/jwt-sessions/claims";
import type { Finding } from "@/app/_lib/labs/jwt-sessions/lint";
import { TableScroller } from "@/components/labs/table-scroller";

/** Each part's colour; its name is always printed beside it, so colour is never the only cue. */
const PART_CLASS: Record<Segment["name"], string> = {
  header: "text-rose-700 dark:text-rose-300",
  payload: "text-violet-700 dark:text-violet-300",
  signature: "text-sky-800 dark:text-sky-300",
  "encrypted-key": "text-amber-800 dark:text-amber-300",
  iv: "text-emerald-800 dark:text-emerald-300",
  ciphertext: "text-violet-700 dark:text-violet-300",
  tag: "text-sky-800 dark:text-sky-300",
};

const MAX_SHOWN = 600;

/** The token, one labelled line per part. Long parts are cut for display only. */
export function TokenParts({ segments }: { segments: Segment[] }) {
  if (segments.length === 0) return null;
  return (
    <ol className="space-y-1 font-mono text-xs leading-5 break-all" aria-label="The token, part by part">
      {segments.slice(0, 8).map((segment, i) => (
        <li key={i} className="flex gap-2">
          <span className="w-24 shrink-0 font-sans text-[11px] font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {i + 1}. {segment.name}
          </span>
          <span className={PART_CLASS[segment.name]}>
            {segment.text === "" ? <em className="font-sans">(empty)</em> : segment.text.length > MAX_SHOWN ? `${segment.text.slice(0, MAX_SHOWN)}… (${segment.text.length} characters)` : segment.text}
          </span>
        </li>
      ))}
    </ol>
  );
}

function RowsTable({ caption, rows }: { caption: string; rows: ClaimRow[] }) {
  if (rows.length === 0) return null;
  return (
    // Focusable, so keyboard users can scroll a table wider than a phone (axe: scrollable-region-focusable).
    <TableScroller label={`${caption} table`}>
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left text-sm font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-1 pr-3">Name</th>
            <th scope="col" className="py-1 pr-3">Value</th>
            <th scope="col" className="py-1">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-1 pr-3 font-mono text-xs">{row.key}</th>
              <td className="py-1 pr-3 font-mono text-xs break-all">
                {row.value}
                {row.date && <div className="font-sans text-slate-700 dark:text-slate-300">{row.date}</div>}
              </td>
              <td className="py-1 text-xs text-slate-700 dark:text-slate-300">
                {row.name ? (
                  <>
                    <strong>{row.name}.</strong> {row.note} <span className="text-slate-600 dark:text-slate-400">({row.source})</span>
                  </>
                ) : (
                  "Not a registered name: its meaning is whatever issuer and verifier agreed."
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

export function DecodedTables({ decoded, nowSec }: { decoded: Decoded; nowSec: number | null }) {
  return (
    <div className="space-y-4">
      <RowsTable caption="Header" rows={claimRows(decoded.header, headerNotes, nowSec)} />
      <RowsTable caption="Claims (payload)" rows={claimRows(decoded.payload, claimNotes, nowSec)} />
      {decoded.payloadText !== null && (
        <div>
          <p className="text-sm font-semibold">Payload (not a JSON object)</p>
          <p className="font-mono text-xs break-all">{decoded.payloadText.slice(0, 600)}</p>
        </div>
      )}
    </div>
  );
}

export function FindingsList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p className="text-sm">No findings: nothing in this token breaks an RFC 8725 rule the lint checks.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {findings.map((f) => (
        <li key={f.id} className="flex gap-2">
          <span
            className={`h-fit shrink-0 rounded px-1.5 py-0.5 text-[11px] font-bold tracking-wide uppercase ${f.level === "risk" ? "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" : "bg-slate-200 text-slate-900 dark:bg-slate-800 dark:text-slate-100"}`}
          >
            {f.level}
          </span>
          <span>
            {f.message} <span className="text-slate-600 dark:text-slate-400">({f.source})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function ProblemList({ items, label }: { items: { message: string }[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm" aria-label={label}>
      {items.map((item, i) => (
        <li key={i}>
          <strong>{label}:</strong> {item.message}
        </li>
      ))}
    </ul>
  );
}
