import type { ReactNode } from "react";

/**
 * The sideways scroller around a lab's table, which is wider than a phone. It takes keyboard focus, so a keyboard
 * can scroll it too (axe: scrollable-region-focusable), and is a region named after the table it holds.
 */
export function TableScroller({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
