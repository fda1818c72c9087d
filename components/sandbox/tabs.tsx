"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export type TabItem = { id: string; label: ReactNode; panel: ReactNode };

/**
 * WAI-ARIA tabs with automatic activation: arrows, Home and End move between tabs.
 * Every panel stays mounted (only hidden) so switching tabs never loses what a learner did.
 */
export function Tabs({ items, label }: { items: TabItem[]; label: string }) {
  const base = useId();
  const [selected, setSelected] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  function select(index: number) {
    const count = items.length;
    const next = (index + count) % count;
    setSelected(next);
    const tab = tabs.current[next];
    tab?.focus();
    // On the narrowest phones the strip scrolls; keep the chosen tab (and its focus ring) in view.
    tab?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: items.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  }

  return (
    <div>
      <div
        role="tablist"
        aria-label={label}
        className="flex gap-0.5 overflow-x-auto border-b sm:gap-1 border-slate-300 dark:border-slate-700"
      >
        {items.map((item, index) => (
          <button
            key={item.id}
            ref={(node) => {
              tabs.current[index] = node;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${item.id}`}
            aria-controls={`${base}-panel-${item.id}`}
            aria-selected={index === selected}
            tabIndex={index === selected ? 0 : -1}
            onClick={() => select(index)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className="-mb-px shrink-0 rounded-t-md border border-b-0 px-2 py-2 text-sm font-medium sm:px-4 sm:text-base aria-selected:border-slate-300 aria-selected:bg-white aria-selected:text-sky-800 not-aria-selected:border-transparent not-aria-selected:text-slate-600 not-aria-selected:hover:text-slate-900 dark:aria-selected:border-slate-700 dark:aria-selected:bg-slate-950 dark:aria-selected:text-sky-300 dark:not-aria-selected:text-slate-400 dark:not-aria-selected:hover:text-white"
          >
            {item.label}
          </button>
        ))}
      </div>
      {items.map((item, index) => (
        <div
          key={item.id}
          role="tabpanel"
          id={`${base}-panel-${item.id}`}
          aria-labelledby={`${base}-tab-${item.id}`}
          hidden={index !== selected}
          tabIndex={0}
          className="pt-6 focus-visible:outline-offset-4"
        >
          {item.panel}
        </div>
      ))}
    </div>
  );
}
