"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { replaceQueryParam } from "@/components/url-query";

export type TabItem = { id: string; label: ReactNode; panel: ReactNode };

/**
 * WAI-ARIA tabs with automatic activation: arrows, Home and End move between tabs.
 * Every panel stays mounted (only hidden) so switching tabs never loses what a learner did.
 *
 * The chosen tab is URL state (`?kind=server`): a reload keeps it, and a link such as
 * `/sandbox?kind=server#server-fixation` opens the tab and lands on the lab. Each tab is a real link to
 * its own URL, so without JavaScript it still switches (the server renders the chosen panel); a
 * fragment that points into another tab's panel selects that tab.
 */
export function Tabs({ items, label, param, initial, hash }: { items: TabItem[]; label: string; param: string; initial: string; hash: string }) {
  const base = useId();
  const [selected, setSelected] = useState(() => Math.max(0, items.findIndex((item) => item.id === initial)));
  const tabs = useRef<(HTMLButtonElement | HTMLAnchorElement | null)[]>([]);
  const panels = useRef<(HTMLDivElement | null)[]>([]);
  const landing = useRef<HTMLElement | null>(null);

  // A fragment that names an element in a hidden panel (an old link without ?kind=): open its tab, then land on it.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    const index = target ? panels.current.findIndex((panel) => panel?.contains(target)) : -1;
    if (index < 0) return;
    landing.current = target;
    // The fragment is only readable in the browser, after hydration.
    setSelected(index);
  }, []);

  useEffect(() => {
    const target = landing.current;
    if (!target || panels.current[selected]?.hidden) return;
    landing.current = null;
    target.scrollIntoView({ block: "start" });
  }, [selected]);

  function hrefOf(id: string): string {
    return `?${param}=${encodeURIComponent(id)}#${hash}`;
  }

  function select(index: number) {
    const count = items.length;
    const next = (index + count) % count;
    setSelected(next);
    replaceQueryParam(param, items[next]!.id, (url) => {
      url.hash = "";
    });
    const tab = tabs.current[next];
    tab?.focus();
    // On the narrowest phones the strip scrolls; keep the chosen tab (and its focus ring) in view.
    tab?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>, index: number) {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: items.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  }

  function onClick(event: MouseEvent<HTMLAnchorElement>, index: number) {
    // A new tab or window (Ctrl, Cmd, Shift, middle click) is the link's own job.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    select(index);
  }

  return (
    <div>
      <div
        role="tablist"
        aria-label={label}
        className="flex gap-0.5 overflow-x-auto border-b sm:gap-1 border-slate-300 dark:border-slate-700"
      >
        {items.map((item, index) => (
          <a
            key={item.id}
            ref={(node) => {
              tabs.current[index] = node;
            }}
            href={hrefOf(item.id)}
            role="tab"
            id={`${base}-tab-${item.id}`}
            aria-controls={`${base}-panel-${item.id}`}
            aria-selected={index === selected}
            tabIndex={index === selected ? 0 : -1}
            onClick={(event) => onClick(event, index)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className="-mb-px shrink-0 rounded-t-md border border-b-0 px-2 py-2 text-sm font-medium no-underline sm:px-4 sm:text-base aria-selected:border-slate-300 aria-selected:bg-white aria-selected:text-sky-800 not-aria-selected:border-transparent not-aria-selected:text-slate-600 not-aria-selected:hover:text-slate-900 dark:aria-selected:border-slate-700 dark:aria-selected:bg-slate-950 dark:aria-selected:text-sky-300 dark:not-aria-selected:text-slate-400 dark:not-aria-selected:hover:text-white"
          >
            {item.label}
          </a>
        ))}
      </div>
      {items.map((item, index) => (
        <div
          key={item.id}
          ref={(node) => {
            panels.current[index] = node;
          }}
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
