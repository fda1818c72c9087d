import type { ReactNode } from "react";
import { CopyText } from "./copy-text";

/** Past this many characters a value gets its own scroll area instead of stretching the page. */
const LONG = 480;

/**
 * A monospace box for header lines and cookie values. Long ones scroll inside the box; the
 * scroll area is focusable and named so keyboard users can scroll it too. With `copyLabel`, a copy
 * button beside it copies `text` exactly.
 */
export function CodeBox({ text, label, children, className = "", copyLabel }: { text: string; label: string; children: ReactNode; className?: string; copyLabel?: string }) {
  const base = `rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-[13px] leading-6 [overflow-wrap:anywhere] dark:border-slate-700 dark:bg-slate-900 ${className}`;
  const box =
    text.length <= LONG ? (
      <div className={copyLabel ? `${base} min-w-0 flex-1` : base}>{children}</div>
    ) : (
      <div role="group" aria-label={`${label} (${text.length.toLocaleString("en")} characters, scrollable)`} tabIndex={0} className={`${base} max-h-56 overflow-y-auto ${copyLabel ? "min-w-0 flex-1" : ""}`}>
        {children}
      </div>
    );
  if (!copyLabel) return box;
  return (
    <div className="flex items-start gap-2">
      {box}
      <CopyText text={text} label={copyLabel} />
    </div>
  );
}
