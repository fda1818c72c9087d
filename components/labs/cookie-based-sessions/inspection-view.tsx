import type { BrowserId } from "@/app/_lib/labs/cookie-based-sessions/browser-facts";
import { INITIATOR_LABELS, INITIATORS, KIND_LABELS } from "@/app/_lib/labs/cookie-based-sessions/delivery";
import type { LineReport } from "@/app/_lib/labs/cookie-based-sessions/inspect";
import { PROFILES } from "@/app/_lib/labs/cookie-based-sessions/profiles";
import { SOURCES } from "@/app/_lib/labs/cookie-based-sessions/sources";
import type { CookieRecord, StoreOutcome } from "@/app/_lib/labs/cookie-based-sessions/store";
import { TableScroller } from "@/components/labs/table-scroller";

/**
 * What the inspector shows for one Set-Cookie line, from the model's report. Shared by the server-rendered
 * worked example and the interactive lab, so both draw the same thing. Plain text marks (✓ ✗) carry every
 * verdict, never colour alone. Dates are ISO strings: the same on the server and in every locale.
 */
const BROWSERS: BrowserId[] = ["chromium", "firefox", "safari"];
const link = "underline underline-offset-2 text-sky-800 dark:text-sky-300";
const cell = "border-b border-slate-200 py-1 pr-3 align-top dark:border-slate-800";

function SourceLink({ id }: { id: keyof typeof SOURCES }) {
  return (
    <a className={link} href={SOURCES[id].href}>
      {SOURCES[id].label}
    </a>
  );
}

/** The sources of the rules the matrix applied, each once, so every cell's rule can be looked up. */
function MatrixSources({ matrix }: { matrix: NonNullable<LineReport["matrix"]> }) {
  const ids = [...new Set(matrix.flatMap((row) => INITIATORS.map((i) => row.cells[i].source)))];
  return (
    <p className="mt-1 text-sm">
      Rules from:{" "}
      {ids.map((id, n) => (
        <span key={id}>
          {n > 0 ? "; " : null}
          <SourceLink id={id} />
        </span>
      ))}
      .
    </p>
  );
}

function verdictText(o: StoreOutcome): string {
  if (o.verdict === "stored") return "✓ stored";
  if (o.verdict === "deleted") return `○ not kept (${o.reason})`;
  return `✗ ignored: ${o.reason}`;
}

function expiryText(r: CookieRecord): string {
  if (r.expiry === null) return "session (no Max-Age or Expires)";
  if (r.expiry === 0) return "already expired";
  return `${new Date(r.expiry).toISOString().replace(".000Z", "Z")}${r.expiryIsRelative ? " (from now)" : ""}`;
}

export function RecordTable({ record, caption }: { record: CookieRecord; caption: string }) {
  const rows: [string, string][] = [
    ["Name", record.name === "" ? "(empty)" : record.name],
    ["Value", record.value === "" ? "(empty)" : record.value],
    ["Domain", record.domain],
    ["Host-only", record.hostOnly ? "yes" : "no: sent to subdomains too"],
    ["Path", record.path],
    ["Expires", expiryText(record)],
    ["Secure", record.secure ? "yes" : "no"],
    ["HttpOnly", record.httpOnly ? "yes" : "no"],
    ["SameSite", record.sameSite === "Default" ? "not set (browser default)" : record.sameSite],
    ["Partitioned", record.partitionKey ? `yes, keyed to ${record.partitionKey}` : "no"],
  ];
  return (
    <table className="text-left text-sm">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row" className={`${cell} font-medium`}>{k}</th>
            <td className={`${cell} break-all font-mono`}>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LineView({ report, index }: { report: LineReport; index: number }) {
  const chromium = report.outcomes.chromium;
  return (
    <article className="grid min-w-0 gap-4 rounded-md [&>*]:min-w-0 border border-slate-300 p-3 dark:border-slate-700" aria-labelledby={`cookie-line-${index}`}>
      <h4 id={`cookie-line-${index}`} className="my-0 break-all font-mono text-sm font-semibold">
        Line {index + 1}: {report.line}
      </h4>
      <TableScroller label={`Verdicts for line ${index + 1}`}>
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left font-semibold">Per-browser verdict{report.differs ? " (the browsers differ)" : " (all three agree)"}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>Browser</th>
              <th scope="col" className={cell}>Verdict</th>
            </tr>
          </thead>
          <tbody>
            {BROWSERS.map((id) => (
              <tr key={id}>
                <th scope="row" className={cell}>
                  {PROFILES[id].label} {PROFILES[id].release}
                </th>
                <td className={cell}>{verdictText(report.outcomes[id])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      <div>
        <p className="font-semibold">Chromium&apos;s storage walk</p>
        <ol className="ml-5 list-decimal text-sm">
          {chromium.steps.map((step, i) => (
            <li key={i}>
              <strong>{step.title}</strong> ({step.outcome === "rejected" ? "✗ ignored" : step.outcome === "ignored" ? "– skipped" : step.outcome === "note" ? "note" : "✓"}): {step.detail}{" "}
              <SourceLink id={step.source} />
            </li>
          ))}
        </ol>
      </div>
      {chromium.verdict === "stored" && chromium.record ? <RecordTable record={chromium.record} caption="The stored record (Chromium)" /> : null}
      {report.review ? (
        <div>
          <p className="font-semibold">
            Session-cookie review (<SourceLink id="owasp" />)
          </p>
          <ul className="text-sm">
            {report.review.items.map((item) => (
              <li key={item.id}>
                {item.ok ? "✓" : "✗"} {item.text}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">The fixed header, to copy:</p>
          <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-sm dark:bg-slate-900" tabIndex={0} aria-label="Fixed Set-Cookie header">
            <code>{report.review.fixed}</code>
          </pre>
        </div>
      ) : null}
      {report.matrix ? (
        <TableScroller label={`Which requests carry the cookie from line ${index + 1}`}>
          <table className="w-full text-left text-sm">
            <caption className="mb-1 text-left font-semibold">Which requests carry it (Chromium, https pages, request to the cookie&apos;s host and path)</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>Request</th>
                {INITIATORS.map((i) => (
                  <th key={i} scope="col" className={cell}>
                    {INITIATOR_LABELS[i]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.matrix.map((row) => (
                <tr key={row.kind}>
                  <th scope="row" className={cell}>{KIND_LABELS[row.kind]}</th>
                  {INITIATORS.map((i) => (
                    <td key={i} className={cell}>
                      <strong>{row.cells[i].sent ? "✓ sent" : "✗ not sent"}</strong>. {row.cells[i].rule}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      ) : null}
      {report.matrix ? <MatrixSources matrix={report.matrix} /> : null}
    </article>
  );
}
