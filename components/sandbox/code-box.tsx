import type { ReactNode } from "react";

/** Past this many characters a value gets its own scroll area instead of stretching the page. */
const LONG = 480;

/**
 * A monospace box for header lines and cookie values. Long ones scroll inside the box; the
 * scroll area is focusable and named so keyboard users can scroll it too.
 */
export function CodeBox({ text, label, children, className = "" }: { text: string; label: string; children: ReactNode; className?: string }) {
  const base = `rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-[13px] leading-6 [overflow-wrap:anywhere] dark:border-slate-700 dark:bg-slate-900 ${className}`;
  if (text.length <= LONG) return <div className={base}>{children}</div>;
  return (
    <div role="group" aria-label={`${label} (${text.length.toLocaleString("en")} characters, scrollable)`} tabIndex={0} className={`${base} max-h-56 overflow-y-auto`}>
      {children}
    </div>
  );
}
