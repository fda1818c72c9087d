"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";

type Status = "idle" | "copied" | "failed";

/** Whether the page is hydrated never changes afterwards: nothing to subscribe to. */
const noSubscription = () => () => {};

/**
 * Copies the text of the code block (the <figure>) it sits in. Rendered only once hydrated: without
 * JavaScript it could do nothing. The text is read from the page rather than passed as a prop, which
 * would put a third copy of every block into the RSC payload.
 */
export function CopyButton({ label }: { label: string }) {
  // false on the server and in the hydrating render, true after: the button appears only once it can work.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [status, setStatus] = useState<Status>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const code = button.current?.closest("figure")?.querySelector("pre")?.textContent ?? "";
    let next: Status = "copied";
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      // The Clipboard API exists only in secure contexts (https, localhost); plain http on a LAN lacks it.
      next = copyWithSelection(code) ? "copied" : "failed";
    }
    setStatus(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus("idle"), 2000);
  }

  if (!ready) return null;
  return (
    <button
      ref={button}
      type="button"
      onClick={copy}
      aria-label={`Copy code: ${label}`}
      className="inline-flex h-7 shrink-0 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2 font-sans text-xs font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700 dark:hover:text-white"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2">
        {status === "copied" ? (
          <path d="M5 12l5 5L20 7" />
        ) : (
          <>
            <rect x="9" y="9" width="11" height="11" rx="2" />
            <path d="M5 15V6a2 2 0 0 1 2-2h9" />
          </>
        )}
      </svg>
      <span aria-live="polite">{status === "copied" ? "Copied" : status === "failed" ? "Press Ctrl+C" : "Copy"}</span>
    </button>
  );
}

function copyWithSelection(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
