"use client";

import { useSyncExternalStore } from "react";

/** Whether the page is hydrated never changes afterwards: nothing to subscribe to. */
const noSubscription = () => () => {};

/**
 * false on the server and in the hydrating render, true after. A control that can only work with
 * JavaScript renders once this is true, so a page without JavaScript shows no dead control.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
