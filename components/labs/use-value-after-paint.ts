"use client";

import { startTransition, useEffect, useState } from "react";
import { afterNextPaint } from "./after-paint";

/**
 * `value`, but only once the browser has painted the render that changed it: like `useDeferredValue`, with the
 * guarantee that the deferred render starts after the next paint. `useDeferredValue` starts its background render
 * in the next task, which on a slow phone often runs before the frame, so a heavy derived computation (a
 * 10,000-client round, a 1,000-operation run) still held up the click's own feedback. Here the catch-up render is
 * a transition started from a task queued after the next animation frame (the "yield after paint" pattern), so the
 * interaction paints its immediate feedback first, then the result.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(value)));
  }, [value, shown]);
  return shown;
}
