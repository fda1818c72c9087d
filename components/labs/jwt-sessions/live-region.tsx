"use client";

import { memo, useSyncExternalStore } from "react";

/**
 * The debugger's announcements, kept outside its state: announcing re-renders only the live region, not the
 * whole debugger (an announcement follows almost every click, and re-rendering five panels for it is slow on
 * a slow phone).
 */
export type Announcer = { announce: (text: string) => void; subscribe: (listener: () => void) => () => void; read: () => string };

export function createAnnouncer(initial = ""): Announcer {
  let text = initial;
  const listeners = new Set<() => void>();
  return {
    announce: (next) => {
      text = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read: () => text,
  };
}

export const LiveRegion = memo(function LiveRegion({ announcer }: { announcer: Announcer }) {
  const text = useSyncExternalStore(announcer.subscribe, announcer.read, () => "");
  return (
    <p role="status" aria-live="polite" className="sr-only">
      {text}
    </p>
  );
});
